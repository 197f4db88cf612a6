package org.councilperformance.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server whose replies the test scripts by recipient, for the faults a real server
 * rarely shows on cue: the local part of the address says what happens (docs/design.md#outbox).
 *
 * <ul>
 *   <li>{@code reject…@}: 550 to RCPT, every time;
 *   <li>{@code busy…@}: 451 to RCPT the first time, then accepted;
 *   <li>{@code full…@}: 452 after DATA the first time, then accepted;
 *   <li>{@code stall…@}: no answer after DATA the first time (past the client's read timeout), then
 *       accepted;
 *   <li>anyone else: accepted.
 * </ul>
 *
 * Accepted messages are kept as their raw text.
 */
final class ScriptedSmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final ExecutorService sessions = Executors.newCachedThreadPool();
  private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
  final List<String> accepted = new CopyOnWriteArrayList<>();

  ScriptedSmtpServer(int port) throws IOException {
    socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    socket.setReuseAddress(true);
    sessions.submit(this::acceptLoop);
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        sessions.submit(() -> converse(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private int tryNumber(String recipient) {
    return tries.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
  }

  private void converse(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream()) {
      reply(out, "220 scripted ESMTP");
      String recipient = null;
      int attempt = 0;
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(java.util.Locale.ROOT);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
          reply(out, "250 scripted");
        } else if (command.startsWith("MAIL FROM")) {
          reply(out, "250 OK");
        } else if (command.startsWith("RCPT TO")) {
          recipient = line.replaceAll(".*<(.*)>.*", "$1");
          attempt = tryNumber(recipient);
          if (recipient.startsWith("reject")) {
            reply(out, "550 5.1.1 no such mailbox");
          } else if (recipient.startsWith("busy") && attempt == 1) {
            reply(out, "451 4.3.0 try again later");
          } else {
            reply(out, "250 OK");
          }
        } else if (command.equals("DATA")) {
          reply(out, "354 go ahead");
          StringBuilder message = new StringBuilder();
          while ((line = in.readLine()) != null && !line.equals(".")) {
            message.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
          }
          if (recipient != null && recipient.startsWith("full") && attempt == 1) {
            reply(out, "452 4.2.2 mailbox full");
          } else if (recipient != null && recipient.startsWith("stall") && attempt == 1) {
            Thread.sleep(5_000); // past the 3 s read timeout the tests' server is given
            return;
          } else {
            accepted.add(message.toString());
            reply(out, "250 OK queued");
          }
        } else if (command.equals("QUIT")) {
          reply(out, "221 bye");
          return;
        } else if (command.equals("RSET") || command.equals("NOOP")) {
          reply(out, "250 OK");
        } else {
          reply(out, "502 command not implemented");
        }
      }
    } catch (IOException | InterruptedException e) {
      // the client hung up, or the test ended
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    sessions.shutdownNow();
  }
}
