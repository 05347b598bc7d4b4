"""Stock: levels, the immutable ledger, slips with approval, and the stock engine.

The engine is the one place that changes stock. It runs in the database, as the
schema owner (SECURITY DEFINER, search_path fixed, every name qualified), called only
by triggers of the documents whose lines move stock, so that no operator, whatever
client or psql they use, changes a level but through a document they may change:

- ``stock_book(deltas)`` takes every change of one statement at once: it locks the
  levels concerned in one statement, in (warehouse, product) order, so concurrent
  writers queue instead of deadlocking; it refuses a take larger than what is on hand
  (SQLSTATE AS001, the part, warehouse, quantities in DETAIL as JSON); it updates the
  levels (``CHECK (qty >= 0)`` as the last line) and writes one ``stock_move`` row per
  document line and warehouse. Counts (stocktake) are turned into differences under
  the lock. It works only when called from a trigger (``stock_level``'s own trigger
  refuses any other writer), and nobody but the owner may execute it.
- Stock slips book their lines when posted (``stock_slip_posted``); a reversal or a
  correction is inserted already posted, and its lines are booked as they are
  inserted (``stock_slip_lines_changed``), all lines of one statement in one call.
- Later documents whose lines take stock as they are saved (the front desk's part
  lines, dispatch requisitions) plug in with ``stock_lines_changed``: three statement
  triggers on their line table, which must have ``id, warehouse_id, product_id, qty``::

      CREATE TRIGGER stock_in AFTER INSERT ON aftersales.dispatch_part
          REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT
          EXECUTE FUNCTION aftersales.stock_lines_changed('dispatch_part', 'dispatch_id', '-1',
                                                          'dispatch', 'number');
      CREATE TRIGGER stock_up AFTER UPDATE ON aftersales.dispatch_part
          REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT
          EXECUTE FUNCTION aftersales.stock_lines_changed(<the same arguments>);
      CREATE TRIGGER stock_out AFTER DELETE ON aftersales.dispatch_part
          REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT
          EXECUTE FUNCTION aftersales.stock_lines_changed(<the same arguments>);

  (arguments: the ledger's source kind, the document column, -1 when a line takes
  stock out or 1 when it puts stock in, and optionally the document table and its
  number column; the tables are a migration's, owned by the schema owner, as the
  engine reads them). Inserting a line takes its quantity, changing it moves only the
  difference, deleting it puts it back: a document is cancelled by deleting its lines
  and keeping itself, so that the ledger keeps its number. Who may write the lines is
  that table's own grants and policies; its save functions wrap their statements in
  ``server_schema.stock_engine.stock_errors()``.

Permissions are checked by the database too (``stock_may``: the login role holds the
permission role, as ``pg_has_role`` says; the schema owner and superusers may all):
approving, posting and correcting each need their own permission, and a posted slip
or its lines are never updated or deleted by anyone. Errors carry SQLSTATEs AS001 to
AS013 with their values as JSON in DETAIL; ``server_schema.stock_engine`` turns them
into the user's messages.

Revision ID: 0007
Revises: 0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# The slips and their lines are audited like every document; the ledger is a log of
# its own (who, when, what, from which document line, never changed), and levels and
# counters are what the ledger and the slips already say (audit.NOT_AUDITED).
AUDITED = (
    ("stock_slip", "id"),
    ("stock_slip_line", "id"),
)

DELTA_TYPE = """
CREATE TYPE aftersales.stock_delta AS (
    warehouse_id integer,
    product_id integer,
    qty numeric,
    is_count boolean,
    source_kind text,
    source_id integer,
    source_line_id integer,
    source_no text,
    fault_origin text
)
"""

# name -> (signature, body). Created in this order, dropped in the reverse.
FUNCTIONS: dict[str, tuple[str, str]] = {}

FUNCTIONS["stock_fail"] = ("code text, message text, detail jsonb", """
RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = code, MESSAGE = message, DETAIL = detail::text;
END
$$
""")

# Whether the login role holds a permission (the role <prefix>p_<name>, the prefix read
# from the schema owner <prefix>owner). The owner's members and superusers may all: they
# own the tables anyway. session_user, not current_user: the callers run as the owner.
FUNCTIONS["stock_may"] = ("permission text", """
RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, n.nspowner, 'MEMBER')
        OR EXISTS (SELECT 1 FROM pg_roles r
                   WHERE r.rolname = left(o.rolname, -length('owner')) || 'p_' || permission
                     AND pg_has_role(session_user, r.oid, 'USAGE'))
    FROM pg_namespace n JOIN pg_roles o ON o.oid = n.nspowner
    WHERE n.nspname = 'aftersales'
$$
""")

# Whether the login role works with a branch's records (as the row-level policies say).
FUNCTIONS["stock_branch_ok"] = ("branch integer", """
RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(aftersales.stock_may('all_branches')
        OR branch = (SELECT o.branch_id FROM aftersales.operator o WHERE o.role_name = session_user),
        false)
$$
""")

FUNCTIONS["stock_book"] = ("deltas aftersales.stock_delta[]", """
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    levels aftersales.stock_delta[];
    resolved aftersales.stock_delta[];
    nets aftersales.stock_delta[];
    short record;
BEGIN
    IF coalesce(cardinality(deltas), 0) = 0 THEN
        RETURN;
    END IF;
    -- 1. Lock the levels concerned, in one statement and in one order for everyone:
    --    concurrent writers queue, never deadlock, and read the committed quantity.
    levels := ARRAY(
        SELECT ROW(l.warehouse_id, l.product_id, l.qty, false, NULL, NULL, NULL, NULL, NULL)
               ::aftersales.stock_delta
        FROM aftersales.stock_level l
        WHERE (l.warehouse_id, l.product_id) IN (SELECT d.warehouse_id, d.product_id
                                                 FROM unnest(deltas) d)
        ORDER BY l.warehouse_id, l.product_id
        FOR UPDATE);
    -- 2. A count is the difference to what will be on hand, under the lock, after the
    --    other changes of this call (a stocktake corrected: its reversal and the new count).
    resolved := ARRAY(
        SELECT ROW(d.warehouse_id, d.product_id,
                   CASE WHEN NOT d.is_count THEN d.qty
                        ELSE d.qty - coalesce(k.qty, 0) - coalesce(
                            (SELECT sum(o.qty) FROM unnest(deltas) o
                             WHERE NOT o.is_count AND o.warehouse_id = d.warehouse_id
                               AND o.product_id = d.product_id), 0) END,
                   false, d.source_kind, d.source_id, d.source_line_id, d.source_no,
                   d.fault_origin)::aftersales.stock_delta
        FROM unnest(deltas) d
        LEFT JOIN unnest(levels) k ON k.warehouse_id = d.warehouse_id
                                  AND k.product_id = d.product_id);
    nets := ARRAY(
        SELECT ROW(r.warehouse_id, r.product_id, sum(r.qty), false, NULL, NULL, NULL, NULL, NULL)
               ::aftersales.stock_delta
        FROM unnest(resolved) r
        GROUP BY r.warehouse_id, r.product_id
        HAVING sum(r.qty) <> 0
        ORDER BY r.warehouse_id, r.product_id);
    -- 3. Never below zero: name the first part that is short. A level that did not
    --    exist when locked counts as empty, even if another writer has made it since.
    SELECT p.code AS product_code, p.name AS product_name, p.unit, w.code AS warehouse_code,
           w.name AS warehouse_name, coalesce(k.qty, 0) AS available, -n.qty AS wanted
    INTO short
    FROM unnest(nets) n
    LEFT JOIN unnest(levels) k ON k.warehouse_id = n.warehouse_id AND k.product_id = n.product_id
    JOIN aftersales.product p ON p.id = n.product_id
    JOIN aftersales.warehouse w ON w.id = n.warehouse_id
    WHERE coalesce(k.qty, 0) + n.qty < 0
    ORDER BY n.warehouse_id, n.product_id
    LIMIT 1;
    IF FOUND THEN
        PERFORM aftersales.stock_fail('AS001',
            format('Not enough %s (%s) in %s: %s available, %s wanted.', short.product_name,
                   short.product_code, short.warehouse_name, short.available, short.wanted),
            jsonb_build_object('product', short.product_name, 'code', short.product_code,
                               'unit', short.unit, 'warehouse', short.warehouse_name,
                               'warehouse_code', short.warehouse_code,
                               'available', short.available::text, 'wanted', short.wanted::text));
    END IF;
    -- 4. The levels: those locked are updated; the others are new (only gains get
    --    here), or made meanwhile by another writer, whose quantity is then added to.
    UPDATE aftersales.stock_level l SET qty = l.qty + n.qty, updated_at = now()
    FROM unnest(nets) n
    WHERE l.warehouse_id = n.warehouse_id AND l.product_id = n.product_id
      AND EXISTS (SELECT 1 FROM unnest(levels) k
                  WHERE k.warehouse_id = n.warehouse_id AND k.product_id = n.product_id);
    INSERT INTO aftersales.stock_level AS l (warehouse_id, product_id, qty)
    SELECT n.warehouse_id, n.product_id, n.qty
    FROM unnest(nets) n
    WHERE NOT EXISTS (SELECT 1 FROM unnest(levels) k
                      WHERE k.warehouse_id = n.warehouse_id AND k.product_id = n.product_id)
    ORDER BY n.warehouse_id, n.product_id
    ON CONFLICT (warehouse_id, product_id) DO UPDATE
        SET qty = l.qty + excluded.qty, updated_at = now();
    -- 5. The ledger: one row per document line and warehouse.
    INSERT INTO aftersales.stock_move (warehouse_id, product_id, qty, source_kind, source_id,
                                       source_line_id, source_no, fault_origin, actor, branch_id)
    SELECT r.warehouse_id, r.product_id, r.qty, r.source_kind, r.source_id, r.source_line_id,
           coalesce(r.source_no, ''), r.fault_origin, session_user, w.branch_id
    FROM unnest(resolved) r
    JOIN aftersales.warehouse w ON w.id = r.warehouse_id
    WHERE r.qty <> 0
    ORDER BY r.warehouse_id, r.product_id, r.source_line_id;
END
$$
""")

# What posting slip lines does to stock: in, out and the two sides of a transfer by
# their quantities; a stocktake's counts (one per product, resolved by the engine); a
# reversal exactly the moves of the lines it reverses, negated.
FUNCTIONS["stock_slip_deltas"] = ("line_ids integer[]", """
RETURNS aftersales.stock_delta[] LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(x.d), '{}') FROM (
        SELECT ROW(w.warehouse_id, l.product_id, w.sign * l.qty, false, 'slip', s.id, l.id,
                   s.number, l.fault_origin)::aftersales.stock_delta AS d
        FROM aftersales.stock_slip_line l
        JOIN aftersales.stock_slip s ON s.id = l.slip_id
        CROSS JOIN LATERAL (VALUES (s.warehouse_id, CASE WHEN s.kind = 'in' THEN 1 ELSE -1 END),
                                   (s.to_warehouse_id, 1)) AS w(warehouse_id, sign)
        WHERE l.id = ANY(line_ids) AND s.reverses_id IS NULL AND s.kind <> 'stocktake'
          AND w.warehouse_id IS NOT NULL
        UNION ALL
        SELECT ROW(s.warehouse_id, l.product_id, sum(l.qty), true, 'slip', s.id, min(l.id),
                   s.number, NULL)::aftersales.stock_delta
        FROM aftersales.stock_slip_line l
        JOIN aftersales.stock_slip s ON s.id = l.slip_id
        WHERE l.id = ANY(line_ids) AND s.reverses_id IS NULL AND s.kind = 'stocktake'
        GROUP BY s.id, s.number, s.warehouse_id, l.product_id
        UNION ALL
        SELECT ROW(m.warehouse_id, m.product_id, -m.qty, false, 'slip', s.id, l.id, s.number,
                   m.fault_origin)::aftersales.stock_delta
        FROM aftersales.stock_slip_line l
        JOIN aftersales.stock_slip s ON s.id = l.slip_id
        JOIN aftersales.stock_move m ON m.source_kind = 'slip' AND m.source_id = s.reverses_id
                                    AND m.source_line_id = l.origin_line_id
        WHERE l.id = ANY(line_ids) AND s.reverses_id IS NOT NULL
    ) x
$$
""")

# The row-level policy for writing slip lines: the slip is in the login role's branch.
# A function with a snapshot of its own (VOLATILE), not a subquery of the policy: a new
# slip and its lines are inserted by one statement, whose own snapshot does not yet
# show the slip. Staff may execute it (grants.py); it tells nothing but that.
FUNCTIONS["stock_slip_in_scope"] = ("slip integer", """
RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT aftersales.stock_branch_ok(s.branch_id) FROM aftersales.stock_slip s
                     WHERE s.id = slip), false);
END
$$
""")

# The branch of a warehouse a slip names; an unknown one, or an inactive one for a new
# movement, is refused.
FUNCTIONS["stock_warehouse_branch"] = ("warehouse integer, must_be_active boolean", """
RETURNS integer LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found_branch integer;
    found_name text;
    is_active boolean;
BEGIN
    SELECT w.branch_id, w.name, w.active INTO found_branch, found_name, is_active
    FROM aftersales.warehouse w WHERE w.id = warehouse;
    IF found_branch IS NULL OR (must_be_active AND NOT is_active) THEN
        PERFORM aftersales.stock_fail('AS010', format('Warehouse %s does not exist or is inactive.',
                                                      coalesce(found_name, warehouse::text)),
                                      jsonb_build_object('warehouse', coalesce(found_name, warehouse::text)));
    END IF;
    RETURN found_branch;
END
$$
""")

# A new slip: a draft (stock_edit), or already posted when it reverses or corrects a
# posted slip (stock_correct). The database sets what the client may not: the branch
# from the warehouse, the number from the counter (bumped in this transaction, so
# numbers have no gaps), who and when. A reversal copies its original's header.
FUNCTIONS["stock_slip_before_insert"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    origin aftersales.stock_slip;
BEGIN
    IF NEW.kind IS NULL OR NEW.kind NOT IN ('in', 'out', 'transfer', 'stocktake') THEN
        PERFORM aftersales.stock_fail('AS011', format('Unknown slip kind %s.', NEW.kind),
                                      jsonb_build_object('problem', 'kind'));
    END IF;
    IF NEW.reverses_id IS NOT NULL OR NEW.corrects_id IS NOT NULL THEN
        IF NOT aftersales.stock_may('stock_correct') THEN
            PERFORM aftersales.stock_fail('AS004', 'Correcting posted slips needs the permission stock_correct.',
                                          jsonb_build_object('permission', 'stock_correct'));
        END IF;
        SELECT * INTO origin FROM aftersales.stock_slip
        WHERE id = coalesce(NEW.reverses_id, NEW.corrects_id) FOR UPDATE;
        IF origin.id IS NULL OR NOT aftersales.stock_branch_ok(origin.branch_id) THEN
            PERFORM aftersales.stock_fail('AS012', 'The slip to correct does not exist.',
                                          jsonb_build_object('id', coalesce(NEW.reverses_id, NEW.corrects_id)));
        END IF;
        IF origin.status <> 'posted' THEN
            PERFORM aftersales.stock_fail('AS007', format('Slip %s is not posted.', origin.number),
                                          jsonb_build_object('number', origin.number, 'problem', 'not_posted'));
        END IF;
        IF origin.reverses_id IS NOT NULL THEN
            PERFORM aftersales.stock_fail('AS007', format('Slip %s is a reversal.', origin.number),
                                          jsonb_build_object('number', origin.number, 'problem', 'reversal'));
        END IF;
        IF NEW.reverses_id IS NOT NULL THEN
            IF EXISTS (SELECT 1 FROM aftersales.stock_slip r WHERE r.reverses_id = origin.id) THEN
                PERFORM aftersales.stock_fail('AS007', format('Slip %s is reversed already.', origin.number),
                                              jsonb_build_object('number', origin.number, 'problem', 'reversed'));
            END IF;
            NEW.kind := origin.kind;
            NEW.reason := origin.reason;
            NEW.warehouse_id := origin.warehouse_id;
            NEW.to_warehouse_id := origin.to_warehouse_id;
            NEW.counterparty := origin.counterparty;
        END IF;
        NEW.status := 'posted';
    ELSE
        IF NEW.status IS DISTINCT FROM 'draft' THEN
            PERFORM aftersales.stock_fail('AS005', 'A new slip starts as a draft.',
                                          jsonb_build_object('from', NULL, 'to', NEW.status));
        END IF;
        IF NOT aftersales.stock_may('stock_edit') THEN
            PERFORM aftersales.stock_fail('AS004', 'Making stock slips needs the permission stock_edit.',
                                          jsonb_build_object('permission', 'stock_edit'));
        END IF;
    END IF;
    NEW.branch_id := aftersales.stock_warehouse_branch(NEW.warehouse_id, NEW.reverses_id IS NULL);
    NEW.to_branch_id := CASE WHEN NEW.to_warehouse_id IS NOT NULL THEN
        aftersales.stock_warehouse_branch(NEW.to_warehouse_id, NEW.reverses_id IS NULL) END;
    NEW.year := extract(year FROM current_date)::integer;
    INSERT INTO aftersales.stock_slip_counter AS c (kind, year, last) VALUES (NEW.kind, NEW.year, 1)
    ON CONFLICT (kind, year) DO UPDATE SET last = c.last + 1
    RETURNING c.last INTO NEW.seq;
    NEW.number := CASE NEW.kind WHEN 'in' THEN 'RK' WHEN 'out' THEN 'CK' WHEN 'transfer' THEN 'DB'
                                ELSE 'PD' END
                  || '-' || NEW.year || '-' || lpad(NEW.seq::text, greatest(5, length(NEW.seq::text)), '0');
    NEW.created_at := now();
    NEW.created_by := session_user;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    NEW.version := 1;
    NEW.approved_by := NULL;
    NEW.approved_at := NULL;
    NEW.cancelled_by := NULL;
    NEW.cancelled_at := NULL;
    NEW.posted_by := CASE WHEN NEW.status = 'posted' THEN session_user END;
    NEW.posted_at := CASE WHEN NEW.status = 'posted' THEN now() END;
    RETURN NEW;
END
$$
""")

# A change of a slip: a draft's content (stock_edit), or one step: approve or send back
# (stock_approve), post (stock_post), cancel (stock_edit for a draft, stock_approve once
# approved). Posted and cancelled slips never change; neither does what identifies one.
FUNCTIONS["stock_slip_before_update"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    needed text;
BEGIN
    IF OLD.status = 'posted' THEN
        PERFORM aftersales.stock_fail('AS002', format('Slip %s is posted and can no longer be changed.', OLD.number),
                                      jsonb_build_object('number', OLD.number));
    END IF;
    IF OLD.status = 'cancelled' THEN
        PERFORM aftersales.stock_fail('AS003', format('Slip %s is cancelled.', OLD.number),
                                      jsonb_build_object('number', OLD.number, 'status', OLD.status));
    END IF;
    IF (NEW.id, NEW.number, NEW.year, NEW.seq, NEW.kind, NEW.created_at, NEW.created_by,
        NEW.reverses_id, NEW.corrects_id)
       IS DISTINCT FROM (OLD.id, OLD.number, OLD.year, OLD.seq, OLD.kind, OLD.created_at,
                         OLD.created_by, OLD.reverses_id, OLD.corrects_id) THEN
        PERFORM aftersales.stock_fail('AS011', format('The number, kind and origin of slip %s cannot change.', OLD.number),
                                      jsonb_build_object('number', OLD.number, 'problem', 'fixed'));
    END IF;
    IF NEW.status = OLD.status THEN
        IF OLD.status = 'approved' THEN
            PERFORM aftersales.stock_fail('AS003', format('Slip %s is approved.', OLD.number),
                                          jsonb_build_object('number', OLD.number, 'status', OLD.status));
        END IF;
        needed := 'stock_edit';
    ELSE
        IF (NEW.reason, NEW.warehouse_id, NEW.to_warehouse_id, NEW.slip_date, NEW.counterparty, NEW.note)
           IS DISTINCT FROM (OLD.reason, OLD.warehouse_id, OLD.to_warehouse_id, OLD.slip_date,
                             OLD.counterparty, OLD.note) THEN
            PERFORM aftersales.stock_fail('AS011', format('Slip %s changes and moves on at once.', OLD.number),
                                          jsonb_build_object('number', OLD.number, 'problem', 'content_with_step'));
        END IF;
        needed := CASE
            WHEN OLD.status = 'draft' AND NEW.status = 'approved' THEN 'stock_approve'
            WHEN OLD.status = 'approved' AND NEW.status = 'draft' THEN 'stock_approve'
            WHEN OLD.status = 'approved' AND NEW.status = 'posted' THEN 'stock_post'
            WHEN OLD.status = 'draft' AND NEW.status = 'cancelled' THEN 'stock_edit'
            WHEN OLD.status = 'approved' AND NEW.status = 'cancelled' THEN 'stock_approve'
        END;
        IF needed IS NULL THEN
            PERFORM aftersales.stock_fail('AS005', format('Slip %s cannot go from %s to %s.', OLD.number, OLD.status, NEW.status),
                                          jsonb_build_object('number', OLD.number, 'from', OLD.status, 'to', NEW.status));
        END IF;
    END IF;
    IF NOT aftersales.stock_may(needed) THEN
        PERFORM aftersales.stock_fail('AS004', format('This needs the permission %s.', needed),
                                      jsonb_build_object('permission', needed, 'number', OLD.number));
    END IF;
    IF NEW.status IN ('approved', 'posted')
       AND NOT EXISTS (SELECT 1 FROM aftersales.stock_slip_line l WHERE l.slip_id = OLD.id) THEN
        PERFORM aftersales.stock_fail('AS006', format('Slip %s has no lines.', OLD.number),
                                      jsonb_build_object('number', OLD.number));
    END IF;
    NEW.approved_by := OLD.approved_by;
    NEW.approved_at := OLD.approved_at;
    NEW.posted_by := OLD.posted_by;
    NEW.posted_at := OLD.posted_at;
    NEW.cancelled_by := OLD.cancelled_by;
    NEW.cancelled_at := OLD.cancelled_at;
    IF NEW.status = 'approved' AND OLD.status = 'draft' THEN
        NEW.approved_by := session_user;
        NEW.approved_at := now();
    ELSIF NEW.status = 'draft' AND OLD.status = 'approved' THEN
        NEW.approved_by := NULL;
        NEW.approved_at := NULL;
    ELSIF NEW.status = 'posted' THEN
        NEW.posted_by := session_user;
        NEW.posted_at := now();
    ELSIF NEW.status = 'cancelled' THEN
        NEW.cancelled_by := session_user;
        NEW.cancelled_at := now();
    END IF;
    NEW.branch_id := OLD.branch_id;
    NEW.to_branch_id := OLD.to_branch_id;
    IF NEW.warehouse_id IS DISTINCT FROM OLD.warehouse_id THEN
        NEW.branch_id := aftersales.stock_warehouse_branch(NEW.warehouse_id, true);
    END IF;
    IF NEW.to_warehouse_id IS DISTINCT FROM OLD.to_warehouse_id THEN
        NEW.to_branch_id := CASE WHEN NEW.to_warehouse_id IS NOT NULL THEN
            aftersales.stock_warehouse_branch(NEW.to_warehouse_id, true) END;
    END IF;
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$
""")

# Slips are cancelled, never deleted: their numbers stay accounted for.
FUNCTIONS["stock_slip_before_delete"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM aftersales.stock_fail('AS013', format('Slip %s cannot be deleted; cancel it instead.', OLD.number),
                                  jsonb_build_object('number', OLD.number));
    RETURN NULL;
END
$$
""")

# Posting books the lines of every slip posted by the statement, in one engine call.
FUNCTIONS["stock_slip_posted"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM aftersales.stock_book(aftersales.stock_slip_deltas(ARRAY(
        SELECT l.id
        FROM new_slips n
        JOIN old_slips o ON o.id = n.id
        JOIN aftersales.stock_slip_line l ON l.slip_id = n.id
        WHERE n.status = 'posted' AND o.status <> 'posted')));
    RETURN NULL;
END
$$
""")

# Lines change only on a draft (stock_edit), and are inserted into a posted slip only by
# the transaction that made it, a reversal or a correction: those lines are booked as
# they come, all lines of the statement in one engine call. A reversal's lines mirror
# every line of the slip it reverses.
FUNCTIONS["stock_slip_lines_changed"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    touched integer[];
    bad record;
BEGIN
    IF TG_OP = 'INSERT' THEN
        touched := ARRAY(SELECT DISTINCT n.slip_id FROM new_lines n);
    ELSIF TG_OP = 'UPDATE' THEN
        touched := ARRAY(SELECT n.slip_id FROM new_lines n UNION SELECT o.slip_id FROM old_lines o);
    ELSE
        touched := ARRAY(SELECT DISTINCT o.slip_id FROM old_lines o);
    END IF;
    IF cardinality(touched) = 0 THEN
        RETURN NULL;
    END IF;
    -- Hold the slips still: an approval waits for this transaction, or this one waits
    -- for the approval and then finds the slip approved.
    PERFORM 1 FROM aftersales.stock_slip s WHERE s.id = ANY(touched) ORDER BY s.id FOR SHARE;
    SELECT s.number, s.status INTO bad
    FROM aftersales.stock_slip s
    WHERE s.id = ANY(touched) AND s.status <> 'draft'
      AND NOT (TG_OP = 'INSERT' AND s.status = 'posted' AND s.created_at = now()
               AND (s.reverses_id IS NOT NULL OR s.corrects_id IS NOT NULL))
    ORDER BY s.id
    LIMIT 1;
    IF FOUND THEN
        IF bad.status = 'posted' THEN
            PERFORM aftersales.stock_fail('AS002', format('Slip %s is posted and can no longer be changed.', bad.number),
                                          jsonb_build_object('number', bad.number));
        END IF;
        PERFORM aftersales.stock_fail('AS003', format('Slip %s is %s.', bad.number, bad.status),
                                      jsonb_build_object('number', bad.number, 'status', bad.status));
    END IF;
    IF EXISTS (SELECT 1 FROM aftersales.stock_slip s WHERE s.id = ANY(touched) AND s.status = 'draft')
       AND NOT aftersales.stock_may('stock_edit') THEN
        PERFORM aftersales.stock_fail('AS004', 'Changing stock slips needs the permission stock_edit.',
                                      jsonb_build_object('permission', 'stock_edit'));
    END IF;
    IF TG_OP <> 'DELETE' THEN
        SELECT s.number, p.code, p.name, n.qty INTO bad
        FROM new_lines n
        JOIN aftersales.stock_slip s ON s.id = n.slip_id
        JOIN aftersales.product p ON p.id = n.product_id
        WHERE CASE
            WHEN s.reverses_id IS NOT NULL THEN NOT EXISTS (
                SELECT 1 FROM aftersales.stock_slip_line o
                WHERE o.id = n.origin_line_id AND o.slip_id = s.reverses_id
                  AND o.product_id = n.product_id AND o.qty = -n.qty
                  AND o.fault_origin IS NOT DISTINCT FROM n.fault_origin)
            WHEN n.origin_line_id IS NOT NULL THEN true
            WHEN s.kind = 'stocktake' THEN n.qty < 0
            ELSE n.qty <= 0 END
        ORDER BY n.id
        LIMIT 1;
        IF FOUND THEN
            PERFORM aftersales.stock_fail('AS008', format('Slip %s: the quantity %s of %s (%s) does not fit the slip.',
                                                          bad.number, bad.qty, bad.name, bad.code),
                                          jsonb_build_object('number', bad.number, 'product', bad.name,
                                                             'code', bad.code, 'qty', bad.qty::text));
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT s.number INTO bad
        FROM aftersales.stock_slip s
        WHERE s.id = ANY(touched) AND s.reverses_id IS NOT NULL
          AND (SELECT count(*) FROM aftersales.stock_slip_line l WHERE l.slip_id = s.id)
              <> (SELECT count(*) FROM aftersales.stock_slip_line o WHERE o.slip_id = s.reverses_id)
        LIMIT 1;
        IF FOUND THEN
            PERFORM aftersales.stock_fail('AS008', format('Reversal %s does not reverse every line.', bad.number),
                                          jsonb_build_object('number', bad.number, 'problem', 'incomplete'));
        END IF;
        PERFORM aftersales.stock_book(aftersales.stock_slip_deltas(ARRAY(
            SELECT n.id FROM new_lines n
            JOIN aftersales.stock_slip s ON s.id = n.slip_id
            WHERE s.status = 'posted')));
    END IF;
    RETURN NULL;
END
$$
""")

# The generic entry for documents whose lines take stock as they are saved (see the
# module's docstring). Arguments: source kind, document column, sign, and optionally
# the document table and its number column.
FUNCTIONS["stock_lines_changed"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    sign integer := TG_ARGV[2]::integer;
    parts text[] := '{}';
    number text := 'NULL::text';
    joins text := '';
    deltas aftersales.stock_delta[];
BEGIN
    IF sign NOT IN (-1, 1) THEN
        RAISE EXCEPTION 'stock_lines_changed: the sign is -1 or 1, not %', sign;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        parts := parts || format('SELECT warehouse_id, product_id, %I AS doc, id AS line, (%s) * qty AS qty '
                                 'FROM new_lines', TG_ARGV[1], sign);
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        parts := parts || format('SELECT warehouse_id, product_id, %I AS doc, id AS line, (%s) * qty AS qty '
                                 'FROM old_lines', TG_ARGV[1], -sign);
    END IF;
    IF TG_NARGS >= 5 THEN
        joins := format(' LEFT JOIN aftersales.%I d ON d.id = c.doc', TG_ARGV[3]);
        number := format('d.%I::text', TG_ARGV[4]);
    END IF;
    EXECUTE format(
        'SELECT array_agg(ROW(c.warehouse_id, c.product_id, c.qty, false, %L, c.doc, c.line, %s, NULL)'
        '::aftersales.stock_delta ORDER BY c.warehouse_id, c.product_id, c.line) '
        'FROM (SELECT warehouse_id, product_id, doc, line, sum(qty) AS qty FROM (%s) x '
        'GROUP BY 1, 2, 3, 4 HAVING sum(qty) <> 0) c%s',
        TG_ARGV[0], number, array_to_string(parts, ' UNION ALL '), joins)
    INTO deltas;
    PERFORM aftersales.stock_book(deltas);
    RETURN NULL;
END
$$
""")

# The ledger is never changed, by anyone; levels change only through the engine (which
# runs inside a document's trigger: a direct statement is at trigger depth 1).
FUNCTIONS["stock_ledger_fixed"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_TABLE_NAME = 'stock_move' OR pg_trigger_depth() < 2 THEN
        PERFORM aftersales.stock_fail('AS009', format('%s changes only through stock documents.', TG_TABLE_NAME),
                                      jsonb_build_object('table', TG_TABLE_NAME));
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$
""")

TRIGGERS = (
    "CREATE TRIGGER stock_number BEFORE INSERT ON aftersales.stock_slip "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.stock_slip_before_insert()",
    "CREATE TRIGGER stock_step BEFORE UPDATE ON aftersales.stock_slip "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.stock_slip_before_update()",
    "CREATE TRIGGER stock_keep BEFORE DELETE ON aftersales.stock_slip "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.stock_slip_before_delete()",
    "CREATE TRIGGER stock_post AFTER UPDATE ON aftersales.stock_slip "
    "REFERENCING OLD TABLE AS old_slips NEW TABLE AS new_slips "
    "FOR EACH STATEMENT EXECUTE FUNCTION aftersales.stock_slip_posted()",
    "CREATE TRIGGER stock_lines_in AFTER INSERT ON aftersales.stock_slip_line "
    "REFERENCING NEW TABLE AS new_lines "
    "FOR EACH STATEMENT EXECUTE FUNCTION aftersales.stock_slip_lines_changed()",
    "CREATE TRIGGER stock_lines_up AFTER UPDATE ON aftersales.stock_slip_line "
    "REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines "
    "FOR EACH STATEMENT EXECUTE FUNCTION aftersales.stock_slip_lines_changed()",
    "CREATE TRIGGER stock_lines_out AFTER DELETE ON aftersales.stock_slip_line "
    "REFERENCING OLD TABLE AS old_lines "
    "FOR EACH STATEMENT EXECUTE FUNCTION aftersales.stock_slip_lines_changed()",
    "CREATE TRIGGER stock_fixed BEFORE UPDATE OR DELETE ON aftersales.stock_move "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.stock_ledger_fixed()",
    "CREATE TRIGGER stock_fixed_truncate BEFORE TRUNCATE ON aftersales.stock_move "
    "FOR EACH STATEMENT EXECUTE FUNCTION aftersales.stock_ledger_fixed()",
    "CREATE TRIGGER stock_engine_only BEFORE INSERT OR UPDATE OR DELETE ON aftersales.stock_level "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.stock_ledger_fixed()",
    "CREATE TRIGGER stock_engine_only_truncate BEFORE TRUNCATE ON aftersales.stock_level "
    "FOR EACH STATEMENT EXECUTE FUNCTION aftersales.stock_ledger_fixed()",
)


def _signature(name: str) -> str:
    arguments = FUNCTIONS[name][0]
    types = ", ".join(a.split(" ", 1)[1] for a in arguments.split(", ")) if arguments else ""
    return f"aftersales.{name}({types})"


def upgrade() -> None:
    op.create_table('stock_slip_counter',
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('kind', 'year', name=op.f('pk_stock_slip_counter')),
    schema='aftersales'
    )
    op.create_table('stock_level',
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Numeric(precision=12, scale=3), server_default='0', nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.CheckConstraint('qty >= 0', name=op.f('ck_stock_level_qty_not_negative')),
    sa.ForeignKeyConstraint(['product_id'], ['aftersales.product.id'], name=op.f('fk_stock_level_product_id_product')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['aftersales.warehouse.id'], name=op.f('fk_stock_level_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('warehouse_id', 'product_id', name=op.f('pk_stock_level')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_stock_level_product_id'), 'stock_level', ['product_id'], unique=False, schema='aftersales')
    op.create_table('stock_move',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Numeric(precision=12, scale=3), nullable=False),
    sa.Column('source_kind', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('source_line_id', sa.Integer(), nullable=True),
    sa.Column('source_no', sa.String(length=40), server_default='', nullable=False),
    sa.Column('fault_origin', sa.String(length=10), nullable=True),
    sa.Column('actor', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("fault_origin IS NULL OR fault_origin IN ('supplier', 'workshop')", name=op.f('ck_stock_move_fault_origin_known')),
    sa.CheckConstraint('qty <> 0', name=op.f('ck_stock_move_qty_not_zero')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_stock_move_branch_id_branch')),
    sa.ForeignKeyConstraint(['product_id'], ['aftersales.product.id'], name=op.f('fk_stock_move_product_id_product')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['aftersales.warehouse.id'], name=op.f('fk_stock_move_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_move')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_stock_move_branch_id'), 'stock_move', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_stock_move_product_id'), 'stock_move', ['product_id'], unique=False, schema='aftersales')
    op.create_index('ix_stock_move_card', 'stock_move', ['warehouse_id', 'product_id', 'id'], unique=False, schema='aftersales')
    op.create_index('ix_stock_move_source', 'stock_move', ['source_kind', 'source_id'], unique=False, schema='aftersales')
    op.create_table('stock_slip',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=10), server_default='draft', nullable=False),
    sa.Column('slip_date', sa.Date(), server_default=sa.text('CURRENT_DATE'), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('to_warehouse_id', sa.Integer(), nullable=True),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('to_branch_id', sa.Integer(), nullable=True),
    sa.Column('counterparty', sa.String(length=100), server_default='', nullable=False),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False),
    sa.Column('approved_by', sa.String(length=63), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('posted_by', sa.String(length=63), nullable=True),
    sa.Column('posted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancelled_by', sa.String(length=63), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("(kind = 'in' AND reason IN ('purchase', 'customer_return', 'dealer_return', 'faulty_part', 'other_in')) OR (kind = 'out' AND reason IN ('sale', 'repair_use', 'scrap', 'other_out')) OR (kind = 'transfer' AND reason IN ('transfer', 'to_scrap', 'to_return')) OR (kind = 'stocktake' AND reason IN ('count'))", name=op.f('ck_stock_slip_reason_fits_kind')),
    sa.CheckConstraint("(kind = 'transfer') = (to_warehouse_id IS NOT NULL)", name=op.f('ck_stock_slip_transfer_has_destination')),
    sa.CheckConstraint("kind IN ('in', 'out', 'transfer', 'stocktake')", name=op.f('ck_stock_slip_kind_known')),
    sa.CheckConstraint("status IN ('draft', 'approved', 'posted', 'cancelled')", name=op.f('ck_stock_slip_status_known')),
    sa.CheckConstraint('reverses_id IS NULL OR corrects_id IS NULL', name=op.f('ck_stock_slip_one_origin')),
    sa.CheckConstraint('to_warehouse_id IS NULL OR to_warehouse_id <> warehouse_id', name=op.f('ck_stock_slip_transfer_between_two')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_stock_slip_branch_id_branch')),
    sa.ForeignKeyConstraint(['corrects_id'], ['aftersales.stock_slip.id'], name=op.f('fk_stock_slip_corrects_id_stock_slip')),
    sa.ForeignKeyConstraint(['reverses_id'], ['aftersales.stock_slip.id'], name=op.f('fk_stock_slip_reverses_id_stock_slip')),
    sa.ForeignKeyConstraint(['to_branch_id'], ['aftersales.branch.id'], name=op.f('fk_stock_slip_to_branch_id_branch')),
    sa.ForeignKeyConstraint(['to_warehouse_id'], ['aftersales.warehouse.id'], name=op.f('fk_stock_slip_to_warehouse_id_warehouse')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['aftersales.warehouse.id'], name=op.f('fk_stock_slip_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_slip')),
    sa.UniqueConstraint('number', name=op.f('uq_stock_slip_number')),
    sa.UniqueConstraint('reverses_id', name=op.f('uq_stock_slip_reverses_id')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_stock_slip_branch_id'), 'stock_slip', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_stock_slip_corrects_id'), 'stock_slip', ['corrects_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_stock_slip_to_warehouse_id'), 'stock_slip', ['to_warehouse_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_stock_slip_warehouse_id'), 'stock_slip', ['warehouse_id'], unique=False, schema='aftersales')
    op.create_index('ix_stock_slip_list', 'stock_slip', ['status', 'slip_date'], unique=False, schema='aftersales')
    op.create_table('stock_slip_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), server_default='0', nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Numeric(precision=12, scale=3), nullable=False),
    sa.Column('fault_origin', sa.String(length=10), nullable=True),
    sa.Column('device_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=200), server_default='', nullable=False),
    sa.Column('origin_line_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("fault_origin IS NULL OR fault_origin IN ('supplier', 'workshop')", name=op.f('ck_stock_slip_line_fault_origin_known')),
    sa.ForeignKeyConstraint(['device_id'], ['aftersales.customer_device.id'], name=op.f('fk_stock_slip_line_device_id_customer_device')),
    sa.ForeignKeyConstraint(['origin_line_id'], ['aftersales.stock_slip_line.id'], name=op.f('fk_stock_slip_line_origin_line_id_stock_slip_line')),
    sa.ForeignKeyConstraint(['product_id'], ['aftersales.product.id'], name=op.f('fk_stock_slip_line_product_id_product')),
    sa.ForeignKeyConstraint(['slip_id'], ['aftersales.stock_slip.id'], name=op.f('fk_stock_slip_line_slip_id_stock_slip')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_slip_line')),
    sa.UniqueConstraint('origin_line_id', name=op.f('uq_stock_slip_line_origin_line_id')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_stock_slip_line_device_id'), 'stock_slip_line', ['device_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_stock_slip_line_product_id'), 'stock_slip_line', ['product_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_stock_slip_line_slip_id'), 'stock_slip_line', ['slip_id'], unique=False, schema='aftersales')
    op.execute(DELTA_TYPE)
    for name, (arguments, body) in FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION aftersales.{name}({arguments}) {body}")
        # Nobody but the owner calls them: the engine runs only from the triggers.
        op.execute(f"REVOKE ALL ON FUNCTION {_signature(name)} FROM PUBLIC")
    for statement in TRIGGERS:
        op.execute(statement)
    for table, key, *sensitive in AUDITED:
        arguments = ", ".join(f"'{a}'" for a in (key, *sensitive))
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON aftersales.{table} "
                   f"FOR EACH ROW EXECUTE FUNCTION aftersales.audit_row({arguments})")


def downgrade() -> None:
    op.drop_index(op.f('ix_aftersales_stock_slip_line_slip_id'), table_name='stock_slip_line', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_stock_slip_line_product_id'), table_name='stock_slip_line', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_stock_slip_line_device_id'), table_name='stock_slip_line', schema='aftersales')
    op.drop_table('stock_slip_line', schema='aftersales')
    op.drop_index('ix_stock_slip_list', table_name='stock_slip', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_stock_slip_warehouse_id'), table_name='stock_slip', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_stock_slip_to_warehouse_id'), table_name='stock_slip', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_stock_slip_corrects_id'), table_name='stock_slip', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_stock_slip_branch_id'), table_name='stock_slip', schema='aftersales')
    op.drop_table('stock_slip', schema='aftersales')
    op.drop_index('ix_stock_move_source', table_name='stock_move', schema='aftersales')
    op.drop_index('ix_stock_move_card', table_name='stock_move', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_stock_move_product_id'), table_name='stock_move', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_stock_move_branch_id'), table_name='stock_move', schema='aftersales')
    op.drop_table('stock_move', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_stock_level_product_id'), table_name='stock_level', schema='aftersales')
    op.drop_table('stock_level', schema='aftersales')
    op.drop_table('stock_slip_counter', schema='aftersales')
    # The triggers go with their tables; then the functions and the type.
    for name in reversed(FUNCTIONS):
        op.execute(f"DROP FUNCTION {_signature(name)}")
    op.execute("DROP TYPE aftersales.stock_delta")
