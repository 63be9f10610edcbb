-- The council's own territory, chosen from the national list (issue 15).
-- territory_specs keeps the pieces as the user chose them (an EPCI, a
-- département, a commune); communes keeps the communes they resolve to
-- (in_territory = 1) and the communes outside the territory where some
-- actor is (in_territory = 0), so an actor of Lille or Paris keeps its commune.

CREATE TABLE territory_specs (
    kind    TEXT NOT NULL CHECK (kind IN ('epci', 'dep', 'commune')),
    code    TEXT NOT NULL,
    PRIMARY KEY (kind, code)
);

ALTER TABLE communes ADD COLUMN in_territory INTEGER NOT NULL DEFAULT 1 CHECK (in_territory IN (0, 1));
CREATE INDEX communes_territory ON communes(in_territory, name_key);

-- A database made before: its communes were those of Sambre-Avesnois, the
-- union of its four EPCIs.
INSERT INTO territory_specs(kind, code)
SELECT 'epci', siren FROM epcis
WHERE siren IN ('200043396', '200043321', '200043263', '200043404')
  AND siren IN (SELECT epci_siren FROM communes);
