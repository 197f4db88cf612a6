package org.councilperformance.domain.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.councilperformance.domain.Code;
import org.councilperformance.domain.InvalidValueException;

/**
 * How a calculated indicator's figure follows from components entered each period and from other
 * indicators' figures for the same period, e.g. {@code (positive - negative) / responses} or {@code
 * [HS-01] / [HS-02] * 1000}. The language is four operations on exact decimals; its grammar,
 * rounding and what makes a figure incalculable are in docs/rules.md#calculated-indicators.
 */
public final class Formula {
  /** The longest formula kept: the stored column and a readable definition both stay small. */
  public static final int MAX_LENGTH = 500;

  /** Division's precision: 34 significant digits (IEEE 754 decimal128), rounded half-even. */
  static final MathContext DIVISION = MathContext.DECIMAL128;

  /** The decimal places a calculated figure is kept to, as every stored figure is. */
  public static final int RESULT_SCALE = 6;

  /** The longest component name: it is stored beside each period's figure. */
  public static final int MAX_NAME = 60;

  private final String text;
  private final Node root;
  private final Set<String> components;
  private final Set<String> indicators;

  private Formula(String text, Node root, Set<String> components, Set<String> indicators) {
    this.text = text;
    this.root = root;
    this.components = Collections.unmodifiableSet(components);
    this.indicators = Collections.unmodifiableSet(indicators);
  }

  /**
   * Reads a formula as given in a request.
   *
   * @param field the request field it came from, named when it cannot be read
   * @return null for null or blank text: the indicator's figure is entered, not calculated
   * @throws InvalidValueException naming {@code field}, the position and what was expected
   */
  public static Formula parse(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim();
    if (trimmed.length() > MAX_LENGTH) {
      throw new InvalidValueException(
          field, "a formula is at most " + MAX_LENGTH + " characters long");
    }
    Parser parser = new Parser(trimmed, field);
    Node root = parser.formula();
    return new Formula(trimmed, root, parser.components, parser.indicators);
  }

  /** The formula as written, trimmed. */
  public String text() {
    return text;
  }

  /** The names of the components entered each period, in the order they first appear. */
  public Set<String> components() {
    return components;
  }

  /** The codes of the indicators whose figures it uses, in the order they first appear. */
  public Set<String> indicators() {
    return indicators;
  }

  /**
   * The figure for one period.
   *
   * @param component a component's figure for the period, null when not entered
   * @param indicator an indicator's figure for the period, null when it has none
   * @return the result rounded half-up to {@link #RESULT_SCALE} places, or null when an input has
   *     no figure or a divisor is zero
   */
  public BigDecimal evaluate(
      Function<String, BigDecimal> component, Function<String, BigDecimal> indicator) {
    BigDecimal result = root.value(component, indicator);
    return result == null ? null : result.setScale(RESULT_SCALE, RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Formula formula && formula.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }

  /** A part of a formula: its value for a period, null when it cannot be calculated. */
  private interface Node {
    BigDecimal value(
        Function<String, BigDecimal> component, Function<String, BigDecimal> indicator);
  }

  private record Number(BigDecimal number) implements Node {
    @Override
    public BigDecimal value(
        Function<String, BigDecimal> component, Function<String, BigDecimal> indicator) {
      return number;
    }
  }

  private record Component(String name) implements Node {
    @Override
    public BigDecimal value(
        Function<String, BigDecimal> component, Function<String, BigDecimal> indicator) {
      return component.apply(name);
    }
  }

  private record IndicatorFigure(String code) implements Node {
    @Override
    public BigDecimal value(
        Function<String, BigDecimal> component, Function<String, BigDecimal> indicator) {
      return indicator.apply(code);
    }
  }

  private record Negation(Node operand) implements Node {
    @Override
    public BigDecimal value(
        Function<String, BigDecimal> component, Function<String, BigDecimal> indicator) {
      BigDecimal value = operand.value(component, indicator);
      return value == null ? null : value.negate();
    }
  }

  private record Operation(char operator, Node left, Node right) implements Node {
    @Override
    public BigDecimal value(
        Function<String, BigDecimal> component, Function<String, BigDecimal> indicator) {
      BigDecimal a = left.value(component, indicator);
      BigDecimal b = right.value(component, indicator);
      if (a == null || b == null) {
        return null;
      }
      return switch (operator) {
        case '+' -> a.add(b);
        case '-' -> a.subtract(b);
        case '*' -> a.multiply(b);
        default -> b.signum() == 0 ? null : a.divide(b, DIVISION);
      };
    }
  }

  /**
   * A recursive-descent reader of the grammar in docs/rules.md#calculated-indicators: one method
   * per rule, reading left to right with one character of look-ahead.
   */
  private static final class Parser {
    private final String text;
    private final String field;
    private final Set<String> components = new LinkedHashSet<>();
    private final Set<String> indicators = new LinkedHashSet<>();
    private int at;
    private int depth;

    Parser(String text, String field) {
      this.text = text;
      this.field = Objects.requireNonNull(field);
    }

    /** formula = sum, and nothing after it. */
    Node formula() {
      Node node = sum();
      skipSpaces();
      if (at < text.length()) {
        throw expected("an operator (+ - * /) or the end");
      }
      return node;
    }

    /** sum = product { ("+" | "-") product } */
    private Node sum() {
      Node node = product();
      for (char c = next(); c == '+' || c == '-'; c = next()) {
        at++;
        node = new Operation(c, node, product());
      }
      return node;
    }

    /** product = factor { ("*" | "/") factor } */
    private Node product() {
      Node node = factor();
      for (char c = next(); c == '*' || c == '/'; c = next()) {
        at++;
        node = new Operation(c, node, factor());
      }
      return node;
    }

    /** factor = "-" factor | number | name | "[" code "]" | "(" sum ")" */
    private Node factor() {
      char c = next();
      if (c == '-') {
        at++;
        return new Negation(nested(this::factor));
      }
      if (c == '(') {
        at++;
        Node inner = nested(this::sum);
        if (next() != ')') {
          throw expected("a closing bracket )");
        }
        at++;
        return inner;
      }
      if (c == '[') {
        return indicator();
      }
      if (isDigit(c) || c == '.') {
        return number();
      }
      if (Character.isLetter(c) && c < 128) {
        return component();
      }
      throw expected("a number, a component name, an [indicator code] or (");
    }

    /** Brackets and minus signs nest; a bound keeps a hostile formula off the stack's end. */
    private Node nested(Supplier<Node> rule) {
      if (++depth > 50) {
        throw new InvalidValueException(field, "a formula nests at most 50 deep");
      }
      try {
        return rule.get();
      } finally {
        depth--;
      }
    }

    /** number = digit { digit } [ "." digit { digit } ] */
    private Node number() {
      int start = at;
      while (at < text.length() && isDigit(text.charAt(at))) {
        at++;
      }
      if (at < text.length() && text.charAt(at) == '.') {
        at++;
        int decimals = at;
        while (at < text.length() && isDigit(text.charAt(at))) {
          at++;
        }
        if (at == decimals) {
          throw expected("a digit after the decimal point");
        }
      }
      if (at == start || text.charAt(start) == '.') {
        at = start;
        throw expected("a digit before the decimal point");
      }
      return new Number(new BigDecimal(text.substring(start, at)));
    }

    /** name = letter { letter | digit | "_" }, ASCII only */
    private Node component() {
      int start = at;
      while (at < text.length()) {
        char c = text.charAt(at);
        if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
          break;
        }
        at++;
      }
      String name = text.substring(start, at);
      if (name.length() > MAX_NAME) {
        at = start;
        throw expected("a component name of at most " + MAX_NAME + " characters");
      }
      components.add(name);
      return new Component(name);
    }

    /** "[" code "]", the code as any indicator's code is written (docs/api.md#codes) */
    private Node indicator() {
      int open = at++;
      int close = text.indexOf(']', at);
      if (close < 0) {
        at = open;
        throw expected("an indicator code closed by ]");
      }
      String code = text.substring(at, close).trim();
      if (!code.matches(Code.FORMAT) || code.length() > Code.MAX_LENGTH) {
        throw expected("an indicator code (letters, digits and _ . ( ) -) before ]");
      }
      at = close + 1;
      indicators.add(code);
      return new IndicatorFigure(code);
    }

    /** The next character that is not a space, or 0 at the end; the position moves to it. */
    private char next() {
      skipSpaces();
      return at < text.length() ? text.charAt(at) : 0;
    }

    private void skipSpaces() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private InvalidValueException expected(String what) {
      String found = at < text.length() ? "'" + text.charAt(at) + "'" : "the end";
      return new InvalidValueException(
          field, "formula: expected " + what + " at character " + (at + 1) + ", found " + found);
    }
  }

  /**
   * Refuses a formula that would make an indicator depend on itself, directly or through others.
   *
   * @param code the code of the indicator the formula is for
   * @param formulaOf the formula of another indicator, null when its figure is entered
   * @throws InvalidValueException naming {@code field} and the cycle, e.g. "A → B → A"
   */
  public void requireNoCycle(String code, Function<String, Formula> formulaOf, String field) {
    List<String> path = new ArrayList<>();
    path.add(code);
    for (String used : indicators) {
      visit(used, code, formulaOf, path, new LinkedHashSet<>(), field);
    }
  }

  private static void visit(
      String current,
      String start,
      Function<String, Formula> formulaOf,
      List<String> path,
      Set<String> done,
      String field) {
    path.add(current);
    if (current.equals(start)) {
      throw new InvalidValueException(field, "formula makes a cycle: " + String.join(" → ", path));
    }
    if (done.add(current)) {
      Formula formula = formulaOf.apply(current);
      if (formula != null) {
        for (String used : formula.indicators) {
          visit(used, start, formulaOf, path, done, field);
        }
      }
    }
    path.remove(path.size() - 1);
  }
}
