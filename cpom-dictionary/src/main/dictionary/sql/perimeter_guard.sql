-- Perimeter concurrency guard (issue 4): an establishment cannot belong to two non-void contracts whose
-- effective periods overlap. Each check first takes a transaction-scoped advisory lock on the establishment,
-- so two transactions adding the same establishment to overlapping contracts run the check one after the
-- other; under READ COMMITTED the second check sees the first commit and raises CPOM_PerimeterOverlap.
CREATE OR REPLACE FUNCTION cpom_perimeter_check(p_establishment_id NUMERIC) RETURNS void AS $$
DECLARE
  r RECORD;
BEGIN
  -- 1129336653 = 'CPOM' as an int: the lock namespace of this guard
  PERFORM pg_advisory_xact_lock(1129336653, (p_establishment_id % 2147483647)::integer);
  SELECT e.Name AS est_name, e.FINESS_EG AS est_finess,
         cb.DocumentNo AS other_no, GREATEST(cb.DateFrom, COALESCE(b.DateJoined, cb.DateFrom))::date AS other_from,
         LEAST(cb.DateTo, COALESCE(b.DateLeft, cb.DateTo))::date AS other_to,
         ca.DocumentNo AS this_no, GREATEST(ca.DateFrom, COALESCE(a.DateJoined, ca.DateFrom))::date AS this_from,
         LEAST(ca.DateTo, COALESCE(a.DateLeft, ca.DateTo))::date AS this_to
    INTO r
    FROM CPOM_ContractEstablishment a
    JOIN CPOM_Contract ca ON ca.CPOM_Contract_ID = a.CPOM_Contract_ID
    JOIN CPOM_ContractEstablishment b ON b.CPOM_Establishment_ID = a.CPOM_Establishment_ID
         AND b.CPOM_Contract_ID <> a.CPOM_Contract_ID
    JOIN CPOM_Contract cb ON cb.CPOM_Contract_ID = b.CPOM_Contract_ID
    JOIN CPOM_Establishment e ON e.CPOM_Establishment_ID = a.CPOM_Establishment_ID
   WHERE a.CPOM_Establishment_ID = p_establishment_id
     AND a.IsActive = 'Y' AND b.IsActive = 'Y'
     AND ca.DocStatus <> 'VO' AND cb.DocStatus <> 'VO'
     AND GREATEST(ca.DateFrom, COALESCE(a.DateJoined, ca.DateFrom))
         <= LEAST(cb.DateTo, COALESCE(b.DateLeft, cb.DateTo))
     AND GREATEST(cb.DateFrom, COALESCE(b.DateJoined, cb.DateFrom))
         <= LEAST(ca.DateTo, COALESCE(a.DateLeft, ca.DateTo))
   ORDER BY a.CPOM_ContractEstablishment_ID DESC
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION USING ERRCODE = '23P01',
      MESSAGE = format('CPOM_PerimeterOverlap: establishment %s (%s) is already in contract %s (%s to %s), which overlaps contract %s (%s to %s). / L''établissement %s (%s) fait déjà partie du contrat %s (du %s au %s), dont la période chevauche celle du contrat %s (du %s au %s).',
        r.est_name, r.est_finess, r.other_no, r.other_from, r.other_to, r.this_no, r.this_from, r.this_to,
        r.est_name, r.est_finess, r.other_no, r.other_from, r.other_to, r.this_no, r.this_from, r.this_to),
      HINT = 'CPOM_PerimeterOverlap';
  END IF;
END;
$$ LANGUAGE plpgsql VOLATILE;

CREATE OR REPLACE FUNCTION cpom_perimeter_line_trg() RETURNS trigger AS $$
BEGIN
  PERFORM cpom_perimeter_check(NEW.CPOM_Establishment_ID);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION cpom_perimeter_contract_trg() RETURNS trigger AS $$
DECLARE
  est NUMERIC;
BEGIN
  -- lock in id order so that two contracts changed at once cannot deadlock
  FOR est IN SELECT DISTINCT CPOM_Establishment_ID FROM CPOM_ContractEstablishment
              WHERE CPOM_Contract_ID = NEW.CPOM_Contract_ID ORDER BY 1 LOOP
    PERFORM cpom_perimeter_check(est);
  END LOOP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS cpom_perimeter_line ON CPOM_ContractEstablishment;

CREATE TRIGGER cpom_perimeter_line AFTER INSERT OR UPDATE OF CPOM_Contract_ID, CPOM_Establishment_ID, DateJoined, DateLeft, IsActive
  ON CPOM_ContractEstablishment FOR EACH ROW EXECUTE FUNCTION cpom_perimeter_line_trg();

DROP TRIGGER IF EXISTS cpom_perimeter_contract ON CPOM_Contract;

CREATE TRIGGER cpom_perimeter_contract AFTER UPDATE OF DateFrom, DateTo, DocStatus
  ON CPOM_Contract FOR EACH ROW EXECUTE FUNCTION cpom_perimeter_contract_trg();
