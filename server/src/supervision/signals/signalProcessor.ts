import { formatInstant, type WorkingCalendar } from '@govflow/engine';
import type { Clock } from '../../clock.js';
import type { CatalogService } from '../../services/catalogService.js';
import type { SignalScan, Store } from '../../store/port.js';
import { DETECTORS } from './detectors/index.js';
import type { OrganisationLookup } from './responsibility.js';
import { resolveResponsibility } from './responsibility.js';
import type { DetectorContext, SignalDraft } from './signalDraft.js';
import { recordSignal } from './signalFactory.js';
import { DETECTOR_KINDS, rulesFor, withDefaults } from './signalSettings.js';
import { timeSignals } from './timeSignals.js';

/** What the signal parts run on. */
export interface SignalDeps {
  readonly store: Store;
  readonly catalog: CatalogService;
  readonly organisation: OrganisationLookup;
  readonly clock: Clock;
  readonly calendar: WorkingCalendar;
  /** Told of a case that could not be read (it is tried again on the next sweep; the others go on). */
  readonly onError?: (error: unknown) => void;
}

/** Cases read per round of a sweep. */
const SCAN_BATCH = 200;

/**
 * Reads the committed history of cases and records the signals it holds, each once: the time ladder
 * from the engine's timer events and the detectors beyond time over the events not read before. A cursor
 * per case (its version and last event read) makes every event read once in the normal course; the
 * signals' unique keys make a second read (a crash before the cursor moved, two processes) harmless.
 */
export class SignalProcessor {
  constructor(private readonly deps: SignalDeps) {}

  /** Reads one case if it has unread commits; returns how many signals were recorded. */
  async processCase(caseId: string): Promise<number> {
    const [scan] = await this.deps.store.pendingSignalScans(1, caseId);
    return scan ? this.process(scan) : 0;
  }

  /**
   * Reads every case with unread commits (after downtime, or events nobody heard); returns how many
   * cases were read and signals recorded. A case that fails is reported and left for the next sweep,
   * without holding up the others.
   */
  async catchUp(): Promise<{ cases: number; signals: number }> {
    let cases = 0;
    let signals = 0;
    const failed = new Set<string>();
    for (;;) {
      const scans = (await this.deps.store.pendingSignalScans(SCAN_BATCH + failed.size)).filter(
        (scan) => !failed.has(scan.caseId),
      );
      for (const scan of scans) {
        try {
          signals += await this.process(scan);
          cases += 1;
        } catch (error) {
          failed.add(scan.caseId);
          this.deps.onError?.(error);
        }
      }
      if (scans.length < SCAN_BATCH) return { cases, signals };
    }
  }

  private async process(scan: SignalScan): Promise<number> {
    const { store, catalog, calendar } = this.deps;
    const record = await store.getCase(scan.caseId);
    if (!record) return 0;
    const events = await store.listEvents(record.id);
    const fresh = events.filter((e) => e.seq > scan.seq);
    const lastSeq = events.at(-1)?.seq ?? scan.seq;
    let recorded = 0;
    if (fresh.length > 0) {
      const item = await catalog.getItem(record.itemCode, record.itemVersion);
      const settings = withDefaults((await store.getSignalSettings())?.settings);
      const rules = rulesFor(settings, item.code);
      const context: DetectorContext = {
        record,
        item,
        model: await catalog.model(item),
        events,
        fresh,
        rules,
        calendar,
      };
      const drafts: SignalDraft[] = [...timeSignals(context)];
      for (const kind of DETECTOR_KINDS) if (rules.detectors[kind]) drafts.push(...DETECTORS[kind].detect(context));
      const now = formatInstant(this.deps.clock.now());
      for (const draft of drafts) {
        const who = await resolveResponsibility(store, this.deps.organisation, record, item, draft);
        if (await recordSignal(store, calendar, { record, item, draft, who, rules, now })) recorded += 1;
      }
    }
    await store.markSignalScan(record.id, Math.max(record.version, scan.version), Math.max(lastSeq, scan.seq));
    return recorded;
  }
}
