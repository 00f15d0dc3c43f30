import { useEffect, useState } from 'react';
import { api } from '../api';
import type { OrganisationData } from '../modeler/organisationGroups';

/** Reads the organisation for the pickers; the designer still works (typing ids) when it cannot. */
export function useOrganisation() {
  const [organisation, setOrganisation] = useState<OrganisationData | null>(null);
  const [organisationError, setError] = useState<string | null>(null);
  useEffect(() => {
    api<OrganisationData>('/api/organisation').then(setOrganisation, (e: unknown) =>
      setError(`组织机构暂时无法读取（${e instanceof Error ? e.message : String(e)}），可在下方直接填写岗位编号`),
    );
  }, []);
  return { organisation, organisationError };
}
