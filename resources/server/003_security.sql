-- Essaim's shared server, third part: who may do what, enforced by
-- PostgreSQL itself so that no client can go around it.
--
-- Roles are shared by every database of a PostgreSQL cluster, so the three
-- group roles carry the database's name: essaim_<database>_coordinator,
-- _contributor and _reader. A person is a login role, member of one group,
-- listed in essaim.members. Only the three groups may connect to this
-- database: a user of another council's database cannot.

-- The name of the group role of @p role for this database.
CREATE FUNCTION essaim.group_role(p_role text) RETURNS text
LANGUAGE sql STABLE AS $$ SELECT 'essaim_' || current_database() || '_' || p_role $$;

DO $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['coordinator', 'contributor', 'reader'] LOOP
        EXECUTE format('CREATE ROLE %I NOLOGIN', essaim.group_role(r));
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), essaim.group_role(r));
        EXECUTE format('GRANT USAGE ON SCHEMA essaim TO %I', essaim.group_role(r));
        EXECUTE format('GRANT SELECT ON essaim.council, essaim.records, essaim.members, essaim.kinds, essaim.schema_version TO %I',
                       essaim.group_role(r));
        EXECUTE format('GRANT EXECUTE ON FUNCTION essaim.member_role(), essaim.may_write(text, text), essaim.group_role(text) TO %I',
                       essaim.group_role(r));
    END LOOP;
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    -- Writers: the columns a client gives; the rest is the triggers'.
    FOREACH r IN ARRAY ARRAY['coordinator', 'contributor'] LOOP
        EXECUTE format('GRANT INSERT (kind, key, data, deleted), UPDATE (data, deleted) ON essaim.records TO %I', essaim.group_role(r));
        EXECUTE format('GRANT EXECUTE ON FUNCTION essaim.begin_push() TO %I', essaim.group_role(r));
    END LOOP;
    EXECUTE format('GRANT INSERT, UPDATE (name) ON essaim.council TO %I', essaim.group_role('coordinator'));
    EXECUTE format('GRANT SELECT ON essaim.audit TO %I', essaim.group_role('coordinator'));
END
$$;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
-- Functions run by the policies are granted above; the triggers' need no grant.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA essaim FROM PUBLIC;

-- Row-level security: every member reads everything; a coordinator writes
-- everything; a contributor writes the kinds of essaim.kinds whose territory
-- is one of its communes, judged on the row as it was (USING) and as it
-- becomes (WITH CHECK), so nothing moves out of its territory or into it;
-- a reader writes nothing. A tombstone is an update: nobody deletes a row.
ALTER TABLE essaim.records ENABLE ROW LEVEL SECURITY;
CREATE POLICY records_read ON essaim.records FOR SELECT USING (essaim.member_role() IS NOT NULL);
CREATE POLICY records_insert ON essaim.records FOR INSERT WITH CHECK (essaim.may_write(kind, territory));
CREATE POLICY records_update ON essaim.records FOR UPDATE
    USING (essaim.may_write(kind, territory)) WITH CHECK (essaim.may_write(kind, territory));

-- The coordinator's tools, run by the role that ran server init (it may
-- create roles). The client gives the SCRAM-SHA-256 verifier of the new
-- user's password (libpq's PQencryptPasswordConn), never the password.
CREATE FUNCTION essaim.add_member(p_name text, p_verifier text, p_role text, p_spec text, p_communes text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'give the SCRAM-SHA-256 verifier of the password, not the password';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_name, p_verifier, essaim.group_role(p_role));
    INSERT INTO essaim.members (name, role, territory_spec, communes) VALUES (p_name, p_role, p_spec, p_communes);
END
$$;

CREATE FUNCTION essaim.remove_member(p_name text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM essaim.members WHERE name = p_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no member named %', p_name;
    END IF;
    -- Its open sessions end now; an administrator without that right still
    -- removes the role, whose sessions then fail at their next statement.
    BEGIN
        PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = p_name;
    EXCEPTION WHEN insufficient_privilege THEN
        NULL;
    END;
    EXECUTE format('DROP ROLE %I', p_name);
END
$$;
REVOKE EXECUTE ON FUNCTION essaim.add_member(text, text, text, text, text[]), essaim.remove_member(text) FROM PUBLIC;
