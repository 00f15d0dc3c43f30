/** The service guide as `GET /api/public/items/:code/guide` gives it (the six disclosures and the service facts). */
export interface ServiceGuide {
  code: string;
  name: string;
  type: string;
  department: string;
  agency: string;
  levelText: string;
  caseKind: string;
  basis: { law: string; articles?: string; text: string }[];
  conditions: string[];
  process: {
    steps: { order: number; name: string; limitText: string; materials: string[]; parallel: boolean }[];
    totalText: string;
  };
  limits: { statutoryText: string; promisedText: string };
  fee: { charged: boolean; text: string; standard?: string; basis?: string };
  materials: {
    order: number;
    name: string;
    requiredText: string;
    originals: number;
    copies: number;
    formText: string;
    source: string;
    standard?: string;
    note?: string;
  }[];
  service: {
    objectsText: string;
    place: string;
    hours: string;
    phone: string;
    complaintPhone: string;
    onlineDepth: number;
    onlineDepthText: string;
    visitsText: string;
    result: { name: string; type: string };
  };
  overtimeDefault?: { text: string };
}
