-- Essaim's shared server, second part: what the server decides by itself.
-- Clients never choose a record's revision, author, instant or territory.

-- Every writer takes this lock first, so writers go one after the other and
-- their revisions become visible in increasing order: a client that pulls
-- "revision > last" never misses a row. Advisory locks belong to one
-- database, so councils sharing a cluster do not wait for each other.
CREATE FUNCTION essaim.begin_push() RETURNS void
LANGUAGE sql AS $$ SELECT pg_advisory_xact_lock(6576947237) $$;

-- The role of the connected user in this council, NULL for a stranger.
CREATE FUNCTION essaim.member_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT role FROM essaim.members WHERE name = session_user
$$;

-- Whether the connected user may write a record of this kind and territory.
CREATE FUNCTION essaim.may_write(p_kind text, p_territory text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((
        SELECT CASE m.role
                   WHEN 'coordinator' THEN true
                   WHEN 'contributor' THEN p_territory <> '' AND p_territory = ANY (m.communes)
                                           AND EXISTS (SELECT 1 FROM essaim.kinds k WHERE k.kind = p_kind)
                   ELSE false
               END
        FROM essaim.members m WHERE m.name = session_user), false)
$$;

-- The territory (a commune's INSEE code, or '') of a record: its own
-- commune, or that of the record it belongs to, already on the server.
CREATE FUNCTION essaim.record_territory(p_kind text, p_data jsonb) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k essaim.kinds;
    found_territory text;
BEGIN
    SELECT * INTO k FROM essaim.kinds WHERE kind = p_kind;
    IF NOT FOUND THEN
        RETURN '';
    END IF;
    IF k.territory_field IS NOT NULL THEN
        RETURN coalesce(p_data ->> k.territory_field, '');
    END IF;
    SELECT territory INTO found_territory FROM essaim.records WHERE kind = k.parent_kind AND key = p_data ->> k.parent_field;
    RETURN coalesce(found_territory, '');
END
$$;

CREATE FUNCTION essaim.stamp_record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    k essaim.kinds;
    found_territory text;
BEGIN
    -- The same lock as begin_push(): a client that skipped it still keeps the order.
    PERFORM essaim.begin_push();
    IF TG_OP = 'UPDATE' AND (NEW.kind <> OLD.kind OR NEW.key <> OLD.key) THEN
        RAISE EXCEPTION 'a record keeps its kind and key: write a tombstone and a new record instead';
    END IF;
    NEW.revision := nextval('essaim.revision');
    NEW.changed_by := session_user;
    NEW.changed_at := now();
    -- One look at essaim.kinds for both: this runs for every record written.
    SELECT * INTO k FROM essaim.kinds WHERE kind = NEW.kind;
    IF NOT FOUND THEN
        NEW.territory := '';
        NEW.parent := '';
    ELSIF k.territory_field IS NOT NULL THEN
        NEW.territory := coalesce(NEW.data ->> k.territory_field, '');
        NEW.parent := '';
    ELSE
        NEW.parent := coalesce(NEW.data ->> k.parent_field, '');
        SELECT territory INTO found_territory FROM essaim.records WHERE kind = k.parent_kind AND key = NEW.data ->> k.parent_field;
        NEW.territory := coalesce(found_territory, '');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER records_stamp BEFORE INSERT OR UPDATE ON essaim.records
    FOR EACH ROW EXECUTE FUNCTION essaim.stamp_record();

CREATE FUNCTION essaim.audit_record() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO essaim.audit (at, user_name, kind, key, revision, operation)
    VALUES (NEW.changed_at, NEW.changed_by, NEW.kind, NEW.key, NEW.revision,
            CASE WHEN TG_OP = 'INSERT' THEN 'insert'
                 WHEN NEW.deleted AND NOT OLD.deleted THEN 'delete'
                 ELSE 'update' END);
    RETURN NULL;
END
$$;
CREATE TRIGGER records_audit AFTER INSERT OR UPDATE ON essaim.records
    FOR EACH ROW EXECUTE FUNCTION essaim.audit_record();

-- A record's territory follows its parent's: when a coordinator moves an
-- actor, its contacts (and their consents) move with it; a parent pushed
-- after its children gives them its territory. The children's update is
-- stamped, audited and pulled like any other.
CREATE FUNCTION essaim.retag_children() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.territory = NEW.territory THEN
        RETURN NULL;
    END IF;
    -- Most records have no children: a look in the index is far cheaper
    -- than an UPDATE that finds nothing. "parent <> ''" lets the partial
    -- index serve the plan that PL/pgSQL keeps.
    IF NOT EXISTS (SELECT 1 FROM essaim.records r WHERE r.parent = NEW.key AND r.parent <> '') THEN
        RETURN NULL;
    END IF;
    UPDATE essaim.records r SET territory = NEW.territory
    WHERE r.parent = NEW.key AND r.parent <> '' AND r.territory <> NEW.territory
      AND r.kind IN (SELECT k.kind FROM essaim.kinds k WHERE k.parent_kind = NEW.kind);
    RETURN NULL;
END
$$;
-- Only the kinds that have children (the parent_kind of essaim.kinds) can
-- pass their territory on: the others skip the function call altogether.
CREATE TRIGGER records_retag AFTER INSERT OR UPDATE ON essaim.records
    FOR EACH ROW WHEN (NEW.kind IN ('actors', 'contacts', 'events', 'projects')) EXECUTE FUNCTION essaim.retag_children();

-- Listening desktops learn of a change within a moment; PostgreSQL sends
-- identical notifications of one transaction once, at commit.
CREATE FUNCTION essaim.notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('essaim_changes', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER records_notify AFTER INSERT OR UPDATE ON essaim.records
    FOR EACH STATEMENT EXECUTE FUNCTION essaim.notify_change();
