import { useEffect, useState } from 'react';
import { api } from '../api';
import type { OrganisationData } from '../modeler/organisationGroups';
import { t } from '../i18n/i18n';

/** Reads the organisation for the pickers; the designer still works (typing ids) when it cannot. */
export function useOrganisation() {
  const [organisation, setOrganisation] = useState<OrganisationData | null>(null);
  const [organisationError, setError] = useState<string | null>(null);
  useEffect(() => {
    api<OrganisationData>('/api/organisation').then(setOrganisation, (e: unknown) =>
      setError(
        t('组织机构暂时无法读取（{reason}），可在下方直接填写岗位编号', {
          reason: e instanceof Error ? e.message : String(e),
        }),
      ),
    );
  }, []);
  return { organisation, organisationError };
}
