// Draws an indicator's quarters as a chart above their table (docs/portal.md#reading). The table is
// the page's content and stays: without JavaScript, or if Chart.js fails, it is all there is. The
// canvas is an image with a text alternative that says what the chart shows, in words.
(function () {
  "use strict";
  if (typeof window.Chart === "undefined") {
    return;
  }
  document.querySelectorAll("[data-chart-table]").forEach(function (holder) {
    var table = document.getElementById(holder.getAttribute("data-chart-table"));
    if (!table) {
      return;
    }
    var labels = [];
    var series = { target: [], actual: [], lastYear: [] };
    var words = [];
    table.querySelectorAll("tbody tr").forEach(function (row) {
      var label = row.querySelector("th").textContent.trim();
      labels.push(label);
      var said = [];
      Object.keys(series).forEach(function (name) {
        var cell = row.querySelector("[data-series='" + name + "']");
        var text = cell ? cell.getAttribute("data-value") : "";
        series[name].push(text === "" ? null : Number(text));
        if (text !== "") {
          said.push({ target: "target", actual: "actual", lastYear: "same quarter last year" }[name] + " " + text);
        }
      });
      words.push(label + ": " + (said.length ? said.join(", ") : "no figures"));
    });
    var canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute(
      "aria-label",
      "Chart of " + holder.getAttribute("data-chart-title") + ", actual against target. " + words.join("; ") + "."
    );
    canvas.textContent = "The table below gives the same figures.";
    holder.appendChild(canvas);
    holder.classList.add("govuk-!-margin-bottom-6");
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: labels,
        datasets: [
          { label: "Actual", data: series.actual, borderColor: "#1d70b8", backgroundColor: "#1d70b8", pointStyle: "circle", pointRadius: 5, spanGaps: true },
          { label: "Target", data: series.target, borderColor: "#0b0c0c", backgroundColor: "#0b0c0c", borderDash: [6, 4], pointStyle: "rect", pointRadius: 5, spanGaps: true },
          { label: "Same quarter last year", data: series.lastYear, borderColor: "#6f777b", backgroundColor: "#6f777b", borderDash: [2, 3], pointStyle: "triangle", pointRadius: 5, spanGaps: true }
        ]
      },
      options: {
        animation: false,
        plugins: { legend: { labels: { usePointStyle: true } } },
        scales: { y: { beginAtZero: false } }
      }
    });
  });
})();
