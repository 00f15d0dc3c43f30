/** An evaluation as staff see it. */
export interface Evaluation {
  id: string;
  receiptNumber: string;
  itemName: string;
  level: string;
  levelName: string;
  negative: boolean;
  comment: string | null;
  channel: string;
  realName: boolean;
  evaluator: { name: string | null; phone: string | null };
  departmentName: string | null;
  evaluatedAt: string;
  followUp: {
    status: 'open' | 'closed';
    dueAt: string;
    callBacks: { reached: boolean; applicantSaid: string; calledAt: string }[];
    rectification: { note: string } | null;
    opinion: string | null;
  } | null;
  followUpOverdue: boolean;
}
