CREATE SCHEMA essaim;
CREATE TABLE essaim.council (id text PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE UNIQUE INDEX council_single ON essaim.council ((true));
CREATE SEQUENCE essaim.revision;
CREATE TABLE essaim.records (kind text, key text, revision bigint NOT NULL, deleted boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL, territory text NOT NULL DEFAULT '', changed_by text NOT NULL, changed_at timestamptz NOT NULL, PRIMARY KEY (kind, key));
CREATE INDEX records_revision ON essaim.records(revision);
CREATE TABLE essaim.members (name text PRIMARY KEY, role text, territory_spec text NOT NULL DEFAULT '', communes text[] NOT NULL DEFAULT '{}');
CREATE FUNCTION essaim.begin_push() RETURNS void LANGUAGE sql AS $$ SELECT pg_advisory_xact_lock(4242) $$;
CREATE FUNCTION essaim.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN PERFORM pg_advisory_xact_lock(4242); NEW.revision := nextval('essaim.revision'); NEW.changed_by := session_user; NEW.changed_at := now(); RETURN NEW; END $$;
CREATE TRIGGER records_stamp BEFORE INSERT OR UPDATE ON essaim.records FOR EACH ROW EXECUTE FUNCTION essaim.stamp();
CREATE FUNCTION essaim.notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('essaim_changes', ''); RETURN NULL; END $$;
CREATE TRIGGER records_notify AFTER INSERT OR UPDATE ON essaim.records FOR EACH STATEMENT EXECUTE FUNCTION essaim.notify();
