import { RecentCases } from './clerk/RecentCases';
import { Worklist } from './clerk/Worklist';

/** The clerk's worklist and the recent cases; `refresh` changes when a case was accepted elsewhere. */
export function WorkPage({ refresh }: { refresh: number }) {
  return (
    <div className="gf-work">
      <Worklist refresh={refresh} />
      <RecentCases refresh={refresh} />
    </div>
  );
}
