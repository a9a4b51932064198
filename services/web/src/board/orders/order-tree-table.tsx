import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n-context';
import { DelayReasons } from './delay-reasons';
import { EtaAgainstDue } from './due-against';
import { Label } from '../shared/label';
import { NODE_KIND, NODE_STATUS, PURCHASE_ORDER_STATUS, WORK_STATUS } from '../shared/labels';
import type { NodeAssignment, OrderNode } from './order-detail-api';
import { treeRows, visibleRows } from './order-tree';
import { Progress } from './progress';

const COLUMNS = 7;

/**
 * The order's BOM across tiers, one row per node, indented under its parent, each branch foldable.
 * The critical path is marked with a word and a symbol, not only a colour; delay reasons sit in a row
 * right under the node they hold up.
 */
export function OrderTreeTable({ nodes, nameOf }: { nodes: readonly OrderNode[]; nameOf: (companyId: string) => string }) {
  const { t, calendarDate } = useI18n();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = visibleRows(treeRows(nodes), collapsed);
  const toggle = (nodeId: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(nodeId)) next.add(nodeId);
      return next;
    });
  return (
    <div class="table-scroll">
      <table class="order-tree">
        <caption>
          {t('order.tree.caption')}
          <span class="caption-hint">{t('order.tree.legend')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('order.tree.part')}</th>
            <th scope="col">{t('order.tree.status')}</th>
            <th scope="col">{t('order.tree.progress')}</th>
            <th scope="col" class="number">
              {t('order.tree.quantity')}
            </th>
            <th scope="col">{t('order.tree.due')}</th>
            <th scope="col">{t('order.tree.eta')}</th>
            <th scope="col">{t('order.tree.workshops')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ node, level, childCount }) => (
            <Fragment key={node.nodeId}>
              <tr data-node-id={node.nodeId} data-critical={node.critical ? 'true' : undefined} class={[node.critical ? 'is-critical' : '', node.late ? 'is-late' : ''].join(' ').trim() || undefined}>
                <th scope="row" class="part-cell" data-level={Math.min(level, 8)}>
                  <span class="part-line">
                    {childCount > 0 ? (
                      <button
                        type="button"
                        class="tree-toggle"
                        aria-expanded={!collapsed.has(node.nodeId)}
                        aria-label={t(collapsed.has(node.nodeId) ? 'order.tree.expand' : 'order.tree.collapse', { part: node.partNumber, count: childCount })}
                        onClick={() => toggle(node.nodeId)}
                      >
                        <span aria-hidden="true">{collapsed.has(node.nodeId) ? '▸' : '▾'}</span>
                      </button>
                    ) : (
                      <span class="tree-leaf" aria-hidden="true" />
                    )}
                    <span class="visually-hidden">{t('order.tree.level', { level })}</span>
                    <span class="part-number">{node.partNumber}</span>
                    {node.critical && (
                      <span class="badge critical" data-field="critical">
                        <span aria-hidden="true">◆ </span>
                        {t('order.tree.critical')}
                      </span>
                    )}
                  </span>
                  <span class="part-description">
                    {node.description} <span class="hint">(<Label labels={NODE_KIND} code={node.kind} />)</span>
                  </span>
                </th>
                <td data-field="status">
                  <Label labels={NODE_STATUS} code={node.status} />
                  {node.late && <span class="badge late">{t('order.late')}</span>}
                  {node.blocked && node.status !== 'blocked' && <span class="badge blocked">{t('order.blocked')}</span>}
                  {node.remainingOperations > 0 && <span class="cell-hint">{t('order.tree.remainingOperations', { count: node.remainingOperations })}</span>}
                </td>
                <td data-field="progress">
                  <Progress percent={node.percentComplete} />
                </td>
                <td class="number">{node.quantity}</td>
                <td class="date">{node.dueDate === null ? t('order.noDate') : calendarDate(node.dueDate)}</td>
                <td data-field="eta">
                  <EtaAgainstDue eta={node.eta} dueDate={node.dueDate} late={node.late} />
                </td>
                <td>
                  <Assignments assignments={node.assignments} nameOf={nameOf} />
                </td>
              </tr>
              {node.delayReasons.length > 0 && (
                <tr class="delay-row" data-delay-for={node.nodeId}>
                  <td colSpan={COLUMNS} data-level={Math.min(level, 8)}>
                    <span class="visually-hidden">{t('order.tree.delayFor', { part: node.partNumber })}</span>
                    <DelayReasons reasons={node.delayReasons} nameOf={nameOf} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Assignments({ assignments, nameOf }: { assignments: readonly NodeAssignment[]; nameOf: (companyId: string) => string }) {
  const { t, percent } = useI18n();
  if (assignments.length === 0) return <span class="hint">{t('order.tree.noAssignment')}</span>;
  return (
    <ul class="assignments">
      {assignments.map((assignment) => (
        <li key={`${assignment.poId}:${assignment.lineNo}`}>
          <strong>{nameOf(assignment.supplierId)}</strong>
          {assignment.tier > 1 && <span class="hint"> {t('order.tree.tier', { tier: assignment.tier })}</span>}
          <br />
          <span class="hint">
            {t('order.tree.poLine', { poId: assignment.poId, lineNo: assignment.lineNo })} ·{' '}
            {assignment.workStatus === null ? <Label labels={PURCHASE_ORDER_STATUS} code={assignment.orderStatus} /> : <Label labels={WORK_STATUS} code={assignment.workStatus} />} ·{' '}
            {percent(assignment.percent)}
          </span>
        </li>
      ))}
    </ul>
  );
}
