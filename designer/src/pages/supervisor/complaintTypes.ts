/** A complaint as staff see it (`GET /api/complaints`). */
export interface Complaint {
  id: string;
  number: string;
  channel: string;
  status: string;
  statusName: string;
  subject: string;
  content: string;
  about: string | null;
  complainant: { name: string; phone: string };
  linkedCase: { caseId: string; receiptNumber: string; itemName: string; departmentId: string | null } | null;
  departmentName: string | null;
  receivedAt: string;
  decideDueAt: string;
  answerDueAt: string | null;
  overdue: boolean;
  reply: string | null;
  rejectionReasons: string[];
}
