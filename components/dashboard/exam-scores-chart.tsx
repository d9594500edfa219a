"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

export interface ExamScoreSeries {
  key: string;
  name: string;
  color: string;
  passLine: number;
  passLabel: string;
  /** Where the pass line's label sits, so that two close pass lines (700, 720) do not print over each other. */
  labelPosition: "insideTopRight" | "insideBottomRight";
}

/** Estimated scaled scores of mock exams in the order taken, one line per exam, with each exam's pass line. */
export function ExamScoresChart({
  title,
  points,
  series,
  scoreLabel,
}: {
  title: string;
  points: { label: string; kind: string; score: number }[];
  series: ExamScoreSeries[];
  scoreLabel: string;
}) {
  const data = points.map((p) => ({
    label: p.label,
    ...Object.fromEntries(series.map((s) => [s.key, p.kind === s.key ? p.score : null])),
  }));
  return (
    <LineChart
      responsive
      title={title}
      data={data}
      style={{ width: "100%", height: 240 }}
      margin={{ top: 8, right: 16, bottom: 0, left: -8 }}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 11 }} />
      <YAxis domain={[100, 1000]} ticks={[100, 300, 500, 700, 1000]} tick={{ fontSize: 11 }} />
      <Tooltip formatter={(value, name) => [String(value), `${String(name)} · ${scoreLabel}`]} />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {series.map((s) => (
        <ReferenceLine
          key={`pass-${s.key}`}
          y={s.passLine}
          stroke={s.color}
          strokeDasharray="6 3"
          label={{ value: s.passLabel, position: s.labelPosition, fontSize: 10, fill: s.color }}
        />
      ))}
      {series.map((s) => (
        <Line
          key={s.key}
          type="monotone"
          dataKey={s.key}
          name={s.name}
          stroke={s.color}
          strokeWidth={2}
          connectNulls
          dot={{ r: 4 }}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
