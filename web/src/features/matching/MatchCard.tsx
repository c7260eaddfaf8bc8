import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/I18nProvider';
import { LegalStatusTag } from '../patents/PatentTags';
import type { MatchItem } from './api';
import { Marked } from './Marked';
import { breakdownRows, orderedReasons, reasonTerms, scorePercent, sharedConcepts } from './reasons';

/**
 * One ranked patent for a demand: the title with the shared concepts marked, the facts a buyer checks first
 * (legal status, IPC subclass and its title, SEI, open licence and its terms, owner and region), every reason
 * with the words it rests on marked, and the score breakdown. `actions` holds the feedback buttons.
 */
export function MatchCard({
  item,
  actions,
  headingLevel = 3,
}: {
  item: MatchItem;
  actions?: ReactNode;
  headingLevel?: 3 | 4;
}) {
  const { t, lang, num } = useI18n();
  const titleId = useId();
  const p = item.patent;
  const concepts = sharedConcepts(item.reasons);
  const percent = scorePercent(item.score);
  const { subclass, title: ipcTitle } = item.signals.ipc;
  const { code: sei, name: seiName } = item.signals.sei;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const number = p.grantNumber ?? p.publicationNumber ?? p.applicationNumber;
  return (
    <article className="mt-card" aria-labelledby={titleId} data-patent-id={p.id}>
      <header className="mt-card-head">
        <span className="mt-rank" aria-hidden>
          {item.rank}
        </span>
        <Heading id={titleId} className="mt-card-title" lang="zh-CN">
          <span className="visually-hidden">{t('mt.rank', { n: item.rank })}</span>
          <Link to={`/patents/${p.id}`}>
            <Marked text={p.title} terms={concepts} />
          </Link>
        </Heading>
        <span className="mt-score" title={t('mt.scoreHelp')}>
          {t('mt.score', { n: percent })}
        </span>
      </header>
      <div className="mt-facts">
        <LegalStatusTag status={p.legalStatus} label={p.legalStatusLabel[lang]} />
        {subclass && (
          <Tag className="mt-tag" title={t(`mt.ipcHow.${item.signals.ipc.how}`)}>
            {t('mt.ipcSubclass', { code: subclass })}
            {ipcTitle ? ` ${ipcTitle}` : ''}
          </Tag>
        )}
        {sei && (
          <Tag className="mt-tag">
            {t('mt.sei', { code: sei })}
            {seiName ? ` ${seiName}` : ''}
          </Tag>
        )}
        {item.openLicence && <Tag className="mt-tag mt-tag-open">{t('mt.openLicence')}</Tag>}
        {item.demoted && <Tag className="mt-tag mt-tag-muted">{t('mt.demoted')}</Tag>}
        {number && <span className="ty-secondary">{number}</span>}
      </div>
      <dl className="mt-owner">
        <dt>{t('mt.owners')}</dt>
        <dd lang="zh-CN">{p.owners.length ? p.owners.join(t('app.listSeparator')) : t('app.unknown')}</dd>
        <dt>{t('mt.region')}</dt>
        <dd>{p.region?.name ?? t('app.unknown')}</dd>
        {item.openLicence && (
          <>
            <dt>{t('mt.openLicenceTerms')}</dt>
            <dd>
              {item.openLicence.terms[lang]}
              {t('mt.until', { date: item.openLicence.termEnd })}{' '}
              <Link to={`/open-licences/${item.openLicence.declarationId}`}>{t('mt.poolEntry')}</Link>
            </dd>
          </>
        )}
      </dl>
      <section aria-label={t('mt.reasons')}>
        <ul className="mt-reasons">
          {orderedReasons(item.reasons).map((r) => (
            <li key={`${r.kind}:${r.text.zh}`} className={r.caution ? 'mt-reason mt-caution' : 'mt-reason'}>
              {r.caution ? (
                <ExclamationCircleOutlined aria-label={t('mt.caution')} className="mt-icon-caution" />
              ) : (
                <CheckCircleOutlined aria-label={t('mt.inFavour')} className="mt-icon-favour" />
              )}{' '}
              <Marked text={r.text[lang]} terms={reasonTerms(r)} />
            </li>
          ))}
        </ul>
      </section>
      <details className="mt-breakdown">
        <summary>{t('mt.breakdown', { n: percent })}</summary>
        <table className="mt-breakdown-table">
          <caption className="visually-hidden">{t('mt.breakdownCaption', { title: p.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mt.signal')}</th>
              <th scope="col">{t('mt.contribution')}</th>
              <th scope="col">{t('mt.share')}</th>
            </tr>
          </thead>
          <tbody>
            {breakdownRows(item.breakdown).map((row) => (
              <tr key={row.signal}>
                <th scope="row">{t(`mt.signal.${row.signal}`)}</th>
                <td>{row.contribution.toFixed(3)}</td>
                <td>
                  <span className="mt-bar" aria-hidden>
                    <span style={{ width: `${row.percent}%` }} />
                  </span>
                  {t('mt.percent', { n: row.percent })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="ty-secondary mt-text-detail">
          {t('mt.textDetail', {
            bm25: item.text.bm25Rank === null ? '—' : num(item.text.bm25Rank),
            dense: item.text.denseRank === null ? '—' : num(item.text.denseRank),
            similarity: item.text.similarity === null ? '—' : item.text.similarity.toFixed(2),
          })}
        </p>
      </details>
      {actions}
    </article>
  );
}
