import * as React from 'react';
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, Circle16Regular, DismissCircle16Filled } from '@fluentui/react-icons';
import { shownCoverage, shownUnanswered, type AspectRow, type MapCoverage, type PaneReport, type PartRow } from '../report';
import { COVERAGE_LABEL, S } from '../strings';

export interface TemplateMapProps {
  report: PaneReport;
  onGoTo(paragraph: number, heading: string): void;
  /** The uncovered-problem findings still shown (dismissed ones left out); the map's counts follow them. */
  uncovered?: readonly { paragraph: number }[];
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  nested: { paddingLeft: tokens.spacingHorizontalL },
  row: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: '2px',
    minHeight: '28px',
  },
  label: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  go: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  ok: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0 },
  bad: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  optional: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
  missingText: { color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXS },
});

const COVERAGE_COLOR: Record<MapCoverage, 'success' | 'warning' | 'danger'> = {
  covered: 'success',
  partial: 'warning',
  weak: 'warning',
  uncovered: 'danger',
};

function StatusIcon({ found, required }: { found: boolean; required: boolean }) {
  const styles = useStyles();
  if (found) return <CheckmarkCircle16Filled aria-hidden className={styles.ok} />;
  if (required) return <DismissCircle16Filled aria-hidden className={styles.bad} />;
  return <Circle16Regular aria-hidden className={styles.optional} />;
}

function RowLabel(props: {
  text: string;
  found: { heading: string; paragraph: number } | null;
  required: boolean;
  onGoTo(paragraph: number, heading: string): void;
}) {
  const styles = useStyles();
  const status = props.found ? S.found : props.required ? S.missing : S.optionalMissing;
  if (props.found) {
    const { paragraph, heading } = props.found;
    return (
      <Button
        appearance="transparent"
        size="small"
        className={mergeClasses(styles.label, styles.go)}
        title={`${S.goTo}：${heading}`}
        aria-label={`${props.text}：${status}，${S.goTo}`}
        onClick={() => props.onGoTo(paragraph, heading)}
      >
        {props.text}
      </Button>
    );
  }
  return (
    <Text className={mergeClasses(styles.label, styles.missingText)}>
      {props.text}
      <span className={styles.meta}>{`（${status}）`}</span>
    </Text>
  );
}

function PartLine({ row, onGoTo }: { row: PartRow; onGoTo: TemplateMapProps['onGoTo'] }) {
  const styles = useStyles();
  let items: string | null = null;
  if (row.found && row.items !== undefined) {
    if (row.role === 'causes') items = S.causesN(row.items);
    else if (row.role === 'measures') items = S.measuresN(row.items);
    else if (row.role === 'problems') items = S.problemsN(row.items);
  }
  return (
    <div className={styles.row} data-part={row.role} data-found={row.found ? 'yes' : 'no'}>
      <StatusIcon found={!!row.found} required={row.required} />
      <RowLabel text={row.label} found={row.found} required={row.required} onGoTo={onGoTo} />
      {items ? (
        <Text size={200} className={styles.meta}>
          {items}
        </Text>
      ) : null}
    </div>
  );
}

function AspectLine({ row, onGoTo, uncovered }: { row: AspectRow; onGoTo: TemplateMapProps['onGoTo']; uncovered?: TemplateMapProps['uncovered'] }) {
  const styles = useStyles();
  // Status and count from the findings the list shows: never 已对应 beside an unanswered problem.
  const { coverage, unanswered } = shownCoverage(row, uncovered);
  return (
    <div className={styles.row} data-aspect={row.number} data-found={row.found ? 'yes' : 'no'}>
      <StatusIcon found={!!row.found} required />
      <RowLabel text={`${row.number}. ${row.short}`} found={row.found} required onGoTo={onGoTo} />
      {row.found ? (
        <Text size={200} className={styles.meta}>
          {S.problemsN(row.problemCount)}
        </Text>
      ) : null}
      {coverage ? (
        <Badge appearance="tint" size="small" color={COVERAGE_COLOR[coverage]} data-coverage={coverage}>
          {COVERAGE_LABEL[coverage]}
        </Badge>
      ) : null}
      {unanswered ? (
        <Text size={200} className={styles.meta} data-unanswered={unanswered}>
          {S.uncoveredItemsN(unanswered)}
        </Text>
      ) : null}
    </div>
  );
}

function TemplateMapView({ report, onGoTo, uncovered }: TemplateMapProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="dz-map-title">
      <h2 id="dz-map-title" className={styles.heading}>
        {S.mapTitle}
      </h2>
      <ul className={styles.list} aria-label={S.partsTitle}>
        {report.parts.map((row) => (
          <li key={row.role + row.label}>
            <PartLine row={row} onGoTo={onGoTo} />
            {row.role === 'problems' ? (
              <ul className={mergeClasses(styles.list, styles.nested)} aria-label={S.aspectsTitle}>
                {report.aspects.map((a) => (
                  <li key={a.number}>
                    <AspectLine row={a} onGoTo={onGoTo} uncovered={uncovered} />
                  </li>
                ))}
                {report.extraAspects.map((x) => {
                  const unanswered = shownUnanswered(x, uncovered);
                  return (
                    <li key={`x${x.paragraph}`}>
                      <div className={styles.row} data-aspect="other">
                        <Circle16Regular aria-hidden className={styles.optional} />
                        <RowLabel
                          text={x.unsectioned ? S.unsectionedProblems : `${S.extraAspectsTitle}：${x.heading}`}
                          found={x}
                          required={false}
                          onGoTo={onGoTo}
                        />
                        <Text size={200} className={styles.meta}>
                          {S.problemsN(x.problemCount)}
                        </Text>
                        {unanswered ? (
                          <Text size={200} className={styles.meta}>
                            {S.uncoveredItemsN(unanswered)}
                          </Text>
                        ) : null}
                      </div>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {report.concreteCount !== undefined && report.measureCount > 0 ? (
        <Text size={200} className={styles.meta}>
          {S.concreteN(report.concreteCount, report.measureCount)}
        </Text>
      ) : null}
    </section>
  );
}

/** Memoised: the map changes only with a new report, not with each phase of a re-check. */
export const TemplateMap = React.memo(TemplateMapView);
