package nl.terugkeer.api.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * The Regietafel report as a printable HTML page with server-rendered SVG bar charts: no script, no build step, no
 * external resource. Shows exactly the suppressed answer that the JSON and CSV forms give.
 */
final class ReportPage {

    private ReportPage() {}

    static String render(StatisticsQuery query, List<StatTable.Suppressed> sections) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">")
                .append("<title>Regietafel: complexe zaken</title><style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;")
                .append("margin:0.5em 0 2em;font-size:0.85em}th,td{border:1px solid #999;padding:2px 6px;")
                .append("text-align:right}th:first-child,td:first-child{text-align:left}tr.total{font-weight:bold}")
                .append("td.x{color:#888;font-style:italic}section{page-break-inside:avoid}")
                .append("@media print{body{margin:0}}</style></head><body>\n");
        html.append("<h1>Regietafel: patronen in complexe zaken</h1>\n<p>Signalen van ")
                .append(escape(query.from().toString()))
                .append(" tot en met ")
                .append(escape(query.to().toString()))
                .append(", per kwartaal en ")
                .append(escape(query.groupBy().toLowerCase()))
                .append(
                        ". Een complexe zaak heeft een belemmering, een escalatie of een casusoverleg. Aantallen van 1 tot ")
                .append(sections.isEmpty() ? 10 : sections.getFirst().threshold() - 1)
                .append(" en cellen waaruit zulke aantallen terug te rekenen zijn, zijn onderdrukt (x).</p>\n");
        for (StatTable.Suppressed section : sections) {
            html.append("<section><h2>")
                    .append(escape(RegietafelReport.TITLES.getOrDefault(section.table().name, section.table().name)))
                    .append("</h2>\n");
            html.append(chart(section));
            html.append(table(section));
            html.append("</section>\n");
        }
        html.append("</body></html>\n");
        return html.toString();
    }

    private record Bar(String label, Long value) {}

    /** One bar per category (summing the shown block totals) or, for a single column, per row. */
    static String chart(StatTable.Suppressed section) {
        StatTable table = section.table();
        List<Bar> bars = new ArrayList<>();
        if (table.columns.size() == 1) {
            for (int r = 0; r < table.rows.size(); r++) {
                if (!table.rows.get(r).total) {
                    bars.add(new Bar(String.join(" / ", table.rows.get(r).key), section.value(r, 0)));
                }
            }
        } else {
            for (int c = 0; c < table.columns.size(); c++) {
                Long sum = 0L;
                for (int r = 0; r < table.rows.size(); r++) {
                    if (table.rows.get(r).total) {
                        Long value = section.value(r, c);
                        sum = value == null || sum == null ? null : sum + value;
                    }
                }
                bars.add(new Bar(table.columns.get(c), sum));
            }
        }
        long max = Math.max(
                1,
                bars.stream()
                        .mapToLong(b -> b.value() == null ? 0 : b.value())
                        .max()
                        .orElse(1));
        int height = 20 * bars.size() + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"")
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(table.name))
                .append("\">");
        int y = 5;
        for (Bar bar : bars) {
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 13)
                    .append("\" font-size=\"11\">")
                    .append(escape(truncate(bar.label())))
                    .append("</text>");
            if (bar.value() == null) {
                svg.append("<text x=\"300\" y=\"")
                        .append(y + 13)
                        .append("\" font-size=\"11\" fill=\"#888\">x (onderdrukt)</text>");
            } else {
                long width = Math.round(360.0 * bar.value() / max);
                svg.append("<rect x=\"300\" y=\"")
                        .append(y + 2)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"14\" fill=\"#01689b\"/><text x=\"")
                        .append(305 + width)
                        .append("\" y=\"")
                        .append(y + 13)
                        .append("\" font-size=\"11\">")
                        .append(bar.value())
                        .append("</text>");
            }
            y += 20;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String table(StatTable.Suppressed section) {
        StatTable table = section.table();
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        table.dimensions.forEach(d -> html.append("<th>").append(escape(d)).append("</th>"));
        table.columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
        table.measures.forEach(m -> html.append("<th>").append(escape(m.name())).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (int r = 0; r < table.rows.size(); r++) {
            StatTable.Row row = table.rows.get(r);
            html.append(row.total ? "<tr class=\"total\">" : "<tr>");
            row.key.forEach(k -> html.append("<td>").append(escape(k)).append("</td>"));
            for (int c = 0; c < table.columns.size(); c++) {
                Long value = section.value(r, c);
                html.append(value == null ? "<td class=\"x\">x</td>" : "<td>" + value + "</td>");
            }
            for (StatTable.Measure measure : table.measures) {
                Double value = section.measure(r, measure);
                html.append("<td>")
                        .append(value == null ? "" : Csv.number(value))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>\n").toString();
    }

    private static String truncate(String label) {
        return label.length() > 48 ? label.substring(0, 47) + "…" : label;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
