"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Badge } from "../ui/badge";
import { formatChange, formatScore, formatShortDay, partnerNamer } from "./format";
import { TrendArrow, TrendLegend } from "./trend-arrow";
import type { ChartSeries, PartnerRef, TrendSummary } from "./types";

// Two partners, told apart by colour AND line pattern (solid vs dashed), both with at
// least 3:1 contrast against the white chart background.
const LINE_STYLES = [
  { stroke: "#255f59", dash: undefined, pattern: "solid line" },
  { stroke: "#9b4a16", dash: "6 4", pattern: "dashed line" },
] as const;
const REFERENCE_INK = "#4b5563";

/** Reference labels say they are the counselor's; some already do in their own words. */
function counselorOnly(label: string): string {
  return /counselor/i.test(label) ? label : `${label} · counselor only`;
}

function dayOfTime(time: number): string {
  return formatShortDay(new Date(time).toISOString().slice(0, 10));
}

function chartRows(chart: ChartSeries) {
  const days = [...new Set(chart.partners.flatMap((partner) => partner.points.map((point) => point.dueOn)))].sort();
  return days.map((dueOn) => {
    // Positioned by date, so a week without answers shows as a gap, not as the next day.
    const row: Record<string, string | number | undefined> = { dueOn, t: Date.parse(`${dueOn}T12:00:00Z`) };
    chart.partners.forEach((partner, index) => {
      row[`p${index}`] = partner.points.find((point) => point.dueOn === dueOn)?.value;
    });
    return row;
  });
}

function SummaryLine({ name, summary, label, pattern }: { name: string; summary: TrendSummary; label: string; pattern: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-1.5 rounded-md border border-border p-3 text-sm">
      <p className="font-medium">
        {name} <span className="font-normal text-muted-foreground">({pattern})</span>
      </p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-muted-foreground">Latest</dt>
        <dd className="tabular-nums">{summary.latest === null ? "—" : `${formatScore(summary.latest)}${summary.latestOn ? ` (${formatShortDay(summary.latestOn)})` : ""}`}</dd>
        <dt className="text-muted-foreground">Since baseline</dt>
        <dd className="tabular-nums">
          {formatChange(summary.sinceBaseline)}
          {summary.baseline !== null ? <span className="text-muted-foreground"> from {formatScore(summary.baseline)}{summary.baselineOn ? ` (${formatShortDay(summary.baselineOn)})` : ""}</span> : null}
        </dd>
        <dt className="text-muted-foreground">Since last session</dt>
        <dd className="tabular-nums">{formatChange(summary.sinceLastSession)}</dd>
        <dt className="text-muted-foreground">Direction</dt>
        <dd>
          <TrendArrow arrow={summary.arrow} label={label} />
          <span aria-hidden className="ml-1">
            {summary.arrow === "unknown" ? "not enough data" : summary.arrow}
          </span>
          <span className="text-muted-foreground"> (meaningful change: {formatScore(summary.threshold)} points)</span>
        </dd>
      </dl>
      {summary.badge ? (
        <Badge tone={summary.badge.kind === "deteriorating" ? "danger" : "warning"} className="w-fit whitespace-normal rounded-md">
          {summary.badge.text}
        </Badge>
      ) : null}
    </div>
  );
}

function SeriesChart({ chart: given, nameOf, order }: { chart: ChartSeries; nameOf: (userId: string) => string; order: string[] }) {
  // Every chart lists the partners in the couple's order, so each keeps one colour and pattern throughout.
  const rank = (userId: string) => (order.includes(userId) ? order.indexOf(userId) : order.length);
  const chart = { ...given, partners: [...given.partners].sort((a, b) => rank(a.userId) - rank(b.userId)) };
  const styleOf = (userId: string) => LINE_STYLES[rank(userId) % LINE_STYLES.length]!;
  const rows = chartRows(chart);
  const headingId = `chart-${chart.seriesKey.replaceAll(/[^a-zA-Z0-9_-]/g, "-")}`;
  const hasReferences = chart.referenceLines.length > 0 || chart.bands.length > 0;
  return (
    <article aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 print:break-inside-avoid">
      <div>
        <h3 id={headingId} className="font-semibold">
          {chart.label}
        </h3>
        <p className="text-sm text-muted-foreground">
          {chart.exerciseTitle} · {formatScore(chart.range.min)}–{formatScore(chart.range.max)}, {chart.higherIsBetter ? "higher is better" : "lower is better"}
          {hasReferences ? "" : ""}
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No scores yet.</p>
      ) : (
        <>
          {/* The chart is for the eye; the table after it carries the same numbers for screen readers. */}
          <div aria-hidden className="h-56 w-full min-w-0">
            <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 224 }}>
              <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid stroke="#e7e3da" vertical={false} />
                {chart.bands.map((band, index) => (
                  <ReferenceArea
                    key={`${band.from}-${band.to}`}
                    y1={band.from}
                    y2={band.to}
                    fill="#8a5a00"
                    // Neighbouring bands alternate in depth so their edges stay visible.
                    fillOpacity={index % 2 === 0 ? 0.08 : 0.16}
                    ifOverflow="hidden"
                    label={{ value: band.label, position: "insideTopLeft", fill: REFERENCE_INK, fontSize: 11 }}
                  />
                ))}
                {chart.referenceLines.map((line) => (
                  <ReferenceLine
                    key={line.value}
                    y={line.value}
                    stroke={REFERENCE_INK}
                    strokeDasharray="2 3"
                  />
                ))}
                <XAxis
                  dataKey="t"
                  type="number"
                  scale="time"
                  domain={["dataMin", "dataMax"]}
                  tickFormatter={dayOfTime}
                  tick={{ fill: REFERENCE_INK, fontSize: 12 }}
                  tickLine={false}
                  axisLine={{ stroke: "#857f72" }}
                  minTickGap={16}
                />
                <YAxis
                  domain={[chart.range.min, chart.range.max]}
                  allowDataOverflow
                  width={36}
                  tick={{ fill: REFERENCE_INK, fontSize: 12 }}
                  tickLine={false}
                  axisLine={{ stroke: "#857f72" }}
                />
                <Tooltip
                  labelFormatter={(value) => (typeof value === "number" ? dayOfTime(value) : "")}
                  formatter={(value) => (typeof value === "number" ? formatScore(value) : String(value))}
                />
                <Legend wrapperStyle={{ fontSize: 13 }} itemSorter="dataKey" />
                {chart.partners.map((partner, index) => {
                  const style = styleOf(partner.userId);
                  return (
                    <Line
                      key={partner.userId}
                      type="linear"
                      legendType="plainline"
                      dataKey={`p${index}`}
                      name={nameOf(partner.userId)}
                      stroke={style.stroke}
                      strokeWidth={2}
                      strokeDasharray={style.dash}
                      dot={{ r: 3, fill: style.stroke }}
                      connectNulls
                      isAnimationActive={false}
                    />
                  );
                })}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <table className="sr-only">
            <caption>{chart.label}: scores by day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {chart.partners.map((partner) => (
                  <th key={partner.userId} scope="col">
                    {nameOf(partner.userId)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={String(row.dueOn)}>
                  <th scope="row">{formatShortDay(String(row.dueOn))}</th>
                  {chart.partners.map((partner, index) => {
                    const value = row[`p${index}`];
                    return <td key={partner.userId}>{typeof value === "number" ? formatScore(value) : "no score"}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {hasReferences ? (
            // Listed under the chart rather than drawn on it: in-chart labels collide on a phone.
            <ul aria-label={`${chart.label}: references for you only`} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
              {chart.referenceLines.map((line) => (
                <li key={`line-${line.value}`} className="inline-flex items-center gap-1.5">
                  <span aria-hidden className="inline-block w-5 border-t-2 border-dotted border-muted-foreground" />
                  {counselorOnly(line.label)}: {formatScore(line.value)}
                </li>
              ))}
              {chart.bands.map((band, index) => (
                <li key={`band-${band.from}-${band.to}`} className="inline-flex items-center gap-1.5">
                  <span aria-hidden className={`inline-block size-3 rounded-sm border border-input ${index % 2 === 0 ? "bg-[#8a5a00]/[0.08]" : "bg-[#8a5a00]/[0.16]"}`} />
                  {counselorOnly(band.label)}: {formatScore(band.from)}–{formatScore(band.to)}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {chart.partners.map((partner) => (
          <SummaryLine
            key={partner.userId}
            name={nameOf(partner.userId)}
            summary={partner.summary}
            label={chart.label}
            pattern={styleOf(partner.userId).pattern}
          />
        ))}
      </div>
    </article>
  );
}

/** One chart per measure with both partners on it, and the numbers that matter under each. */
export function TrendCharts({ charts, partners }: { charts: ChartSeries[]; partners: PartnerRef[] }) {
  const nameOf = partnerNamer(partners);
  if (charts.length === 0) {
    return <p className="text-sm text-muted-foreground">No scored check-ins or measures yet. Trends appear once an exercise with a score has answers.</p>;
  }
  return (
    <div className="flex flex-col gap-8">
      <TrendLegend />
      {charts.map((chart) => (
        <SeriesChart key={chart.seriesKey} chart={chart} nameOf={nameOf} order={partners.map((partner) => partner.userId)} />
      ))}
    </div>
  );
}
