"""Dispatch: on-site orders sent to engineers and service outlets (brochure 2H, 3.2 B).

What the database enforces itself, against any client (psql included):

- A dispatch slip belongs to an on-site order that is still open, of the operator's
  branch (row-level security on the branch the trigger copies from the order), and
  goes to one active engineer of that branch or one active outlet, who must serve the
  customer's region or a region above it (a customer without a region may be served
  by anyone). Its number (per branch and year, ``BJ-D2026-00012``), who dispatched it
  and when come from the server; only one slip of an order is out at a time.
- Re-dispatching is inserting a new slip naming the one it replaces
  (``previous_id``) and the reason: the old slip becomes ``redispatched``, its part
  lines move to the new one (no stock moves), and the order's engineer follows.
- The first dispatch moves the order from pending to in_repair, completing it moves
  the order to ready (``dispatch_step`` lets holders of ``dispatch_edit`` take these
  two steps of on-site orders; an order out with an outlet needs no engineer).
- Completion needs the result, the work type actually done and arrival before finish
  (not in the future); an outlet's slip records the fee owed to it (the work type's
  standard fee times the outlet's settlement ratio); an engineer's slip needs the
  shares of the engineers who took part adding up to 1, checked when the transaction
  commits, and an outlet's slip has none. A completed slip then changes only in
  whether its signed completion slip came back.
- The parts taken along are the order's part lines (migration 0008) pointing at the
  slip, so they take stock through the engine of 0007 as they are saved; a line's
  slip must be of its own order. Parts taken off the device (``dispatch_removed_part``)
  are booked by draft stock-in slips (reason faulty part) the database makes as they
  are saved, one per warehouse, for the keeper to approve and post.

Errors carry SQLSTATEs AD001..AD011 with their values as JSON in DETAIL
(``server_schema.dispatch_errors`` turns them into the user's messages).

Revision ID: 0009
Revises: 0008
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

AUDITED = (
    ("dispatch", "id"),
    ("dispatch_share", "dispatch_id"),
    ("dispatch_removed_part", "id"),
)


def _earlier(filename: str) -> ModuleType:
    """An earlier revision's module, to re-create its functions with a change."""
    path = Path(__file__).with_name(filename)
    spec = importlib.util.spec_from_file_location(f"_aftersales_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# name -> (signature, body). Created in this order, dropped in the reverse.
FUNCTIONS: dict[str, tuple[str, str]] = {}

# The regions above a region (itself included): an engineer or outlet serving a
# province serves its cities and districts.
FUNCTIONS["dispatch_serves"] = ("kind text, who integer, region integer", """
RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH RECURSIVE up(id, parent_id, depth) AS (
        SELECT r.id, r.parent_id, 1 FROM aftersales.region r WHERE r.id = region
        UNION ALL
        SELECT r.id, r.parent_id, up.depth + 1 FROM aftersales.region r
        JOIN up ON r.id = up.parent_id WHERE up.depth < 10)
    SELECT region IS NULL OR EXISTS (
        SELECT 1 FROM up
        WHERE up.id IN (SELECT er.region_id FROM aftersales.employee_region er
                        WHERE kind = 'engineer' AND er.employee_id = who
                        UNION ALL
                        SELECT o.region_id FROM aftersales.outlet_region o
                        WHERE kind = 'outlet' AND o.outlet_id = who))
$$
""")

# Whether the steps an on-site order takes by its dispatch are allowed to the login
# role: pending -> in_repair once a slip is out, -> ready once one is completed.
FUNCTIONS["dispatch_step"] = ("target integer, mode text, from_status text, to_status text", """
RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT mode = 'on_site' AND aftersales.stock_may('dispatch_edit') AND (
        (from_status = 'pending' AND to_status = 'in_repair'
         AND EXISTS (SELECT 1 FROM aftersales.dispatch d
                     WHERE d.order_id = target AND d.status = 'dispatched'))
        OR (from_status IN ('in_repair', 'awaiting_parts', 'hard_to_repair') AND to_status = 'ready'
            AND EXISTS (SELECT 1 FROM aftersales.dispatch d
                        WHERE d.order_id = target AND d.status = 'completed')))
$$
""")

# Whether an order is out with (or was done by) an outlet: it needs no engineer.
FUNCTIONS["dispatch_outlet_job"] = ("target integer", """
RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM aftersales.dispatch d
                   WHERE d.order_id = target AND d.status IN ('dispatched', 'completed')
                     AND d.outlet_id IS NOT NULL)
$$
""")

# Whether a draft faulty-part slip is being made by a dispatch's trigger (not by a
# statement of the client's) for an operator who may dispatch.
FUNCTIONS["dispatch_booking"] = ("reason text", """
RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT reason = 'faulty_part' AND pg_trigger_depth() > 1
           AND coalesce(current_setting('aftersales.dispatch_booking', true), '') = 'on'
           AND aftersales.stock_may('dispatch_edit')
$$
""")

FUNCTIONS["dispatch_before_insert"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target aftersales.service_order;
    previous aftersales.dispatch;
    region integer;
    who text;
    is_active boolean;
BEGIN
    IF NOT aftersales.stock_may('dispatch_edit') THEN
        PERFORM aftersales.stock_fail('AD002', 'Dispatching needs the permission dispatch_edit.',
                                      jsonb_build_object('permission', 'dispatch_edit'));
    END IF;
    IF NEW.status IS DISTINCT FROM 'dispatched' THEN
        PERFORM aftersales.stock_fail('AD001', 'A new dispatch slip starts as dispatched.',
                                      jsonb_build_object('from', NULL, 'to', NEW.status));
    END IF;
    SELECT * INTO target FROM aftersales.service_order s WHERE s.id = NEW.order_id FOR UPDATE;
    IF target.id IS NULL OR NOT aftersales.stock_branch_ok(target.branch_id) THEN
        PERFORM aftersales.stock_fail('AO014', 'The order no longer exists.', '{}');
    END IF;
    IF target.service_mode <> 'on_site' THEN
        PERFORM aftersales.stock_fail('AD003', format('Order %s is carry-in: only on-site orders are dispatched.', target.number),
                                      jsonb_build_object('number', target.number, 'problem', 'carry_in'));
    END IF;
    IF target.status NOT IN ('pending', 'in_repair', 'awaiting_parts', 'hard_to_repair') THEN
        PERFORM aftersales.stock_fail('AD003', format('Order %s is %s: it cannot be dispatched.', target.number, target.status),
                                      jsonb_build_object('number', target.number, 'problem', 'status', 'status', target.status));
    END IF;
    IF NEW.previous_id IS NOT NULL THEN
        SELECT * INTO previous FROM aftersales.dispatch d WHERE d.id = NEW.previous_id FOR UPDATE;
        IF previous.id IS NULL OR previous.order_id <> NEW.order_id THEN
            PERFORM aftersales.stock_fail('AD007', 'The slip to re-dispatch is not one of the order''s.',
                                          jsonb_build_object('number', target.number, 'problem', 'other_order'));
        END IF;
        IF previous.status <> 'dispatched' THEN
            PERFORM aftersales.stock_fail('AD007', format('Slip %s is %s: it can no longer be re-dispatched.', previous.number, previous.status),
                                          jsonb_build_object('number', previous.number, 'status', previous.status));
        END IF;
        NEW.redispatch_reason := btrim(coalesce(NEW.redispatch_reason, ''));
        IF NEW.redispatch_reason = '' THEN
            PERFORM aftersales.stock_fail('AD008', 'Give the reason for re-dispatching.',
                                          jsonb_build_object('number', previous.number));
        END IF;
        IF (previous.engineer_id, previous.outlet_id) IS NOT DISTINCT FROM (NEW.engineer_id, NEW.outlet_id) THEN
            PERFORM aftersales.stock_fail('AD007', format('Slip %s is already out with them: change the appointment instead.', previous.number),
                                          jsonb_build_object('number', previous.number, 'problem', 'same'));
        END IF;
        UPDATE aftersales.dispatch SET status = 'redispatched' WHERE id = previous.id;
    ELSE
        NEW.redispatch_reason := '';
    END IF;
    SELECT c.region_id INTO region FROM aftersales.customer c WHERE c.id = target.customer_id;
    IF NEW.engineer_id IS NOT NULL THEN
        who := aftersales.order_check_engineer(NEW.engineer_id, target.branch_id);
        IF NOT aftersales.dispatch_serves('engineer', NEW.engineer_id, region) THEN
            PERFORM aftersales.stock_fail('AD006', format('%s does not serve the customer''s region.', who),
                                          jsonb_build_object('who', who, 'region',
                                                             (SELECT r.name FROM aftersales.region r WHERE r.id = region)));
        END IF;
    ELSIF NEW.outlet_id IS NOT NULL THEN
        SELECT o.name, o.active INTO who, is_active FROM aftersales.service_outlet o WHERE o.id = NEW.outlet_id;
        IF who IS NULL OR NOT is_active THEN
            PERFORM aftersales.stock_fail('AD005', format('Outlet %s does not exist or is inactive.', coalesce(who, NEW.outlet_id::text)),
                                          jsonb_build_object('who', coalesce(who, NEW.outlet_id::text)));
        END IF;
        IF NOT aftersales.dispatch_serves('outlet', NEW.outlet_id, region) THEN
            PERFORM aftersales.stock_fail('AD006', format('%s does not serve the customer''s region.', who),
                                          jsonb_build_object('who', who, 'region',
                                                             (SELECT r.name FROM aftersales.region r WHERE r.id = region)));
        END IF;
    END IF;
    IF NEW.appointment_at IS NULL THEN
        PERFORM aftersales.stock_fail('AD004', 'Give the appointment time.', jsonb_build_object('field', 'appointment_at'));
    END IF;
    NEW.branch_id := target.branch_id;
    NEW.dispatched_at := aftersales.order_now();
    NEW.dispatched_by := aftersales.order_actor();
    NEW.year := extract(year FROM NEW.dispatched_at)::integer;
    NEW.seq := aftersales.order_next_number(NEW.branch_id, 'dispatch', NEW.year);
    NEW.number := (SELECT b.number_prefix FROM aftersales.branch b WHERE b.id = NEW.branch_id)
                  || '-D' || NEW.year || '-' || lpad(NEW.seq::text, greatest(5, length(NEW.seq::text)), '0');
    NEW.redispatched_at := NULL;
    NEW.redispatched_by := NULL;
    NEW.result := '';
    NEW.work_type_id := NULL;
    NEW.arrived_at := NULL;
    NEW.finished_at := NULL;
    NEW.signed_back := false;
    NEW.signed_back_at := NULL;
    NEW.completed_at := NULL;
    NEW.completed_by := NULL;
    NEW.outlet_fee := 0;
    NEW.created_at := NEW.dispatched_at;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    NEW.version := 1;
    RETURN NEW;
END
$$
""")

# After a slip goes out: the parts of the slip it replaces come along, the order
# takes its first step (pending -> in_repair) and follows the engineer.
FUNCTIONS["dispatch_after_insert"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.previous_id IS NOT NULL THEN
        UPDATE aftersales.order_part_line SET dispatch_id = NEW.id WHERE dispatch_id = NEW.previous_id;
    END IF;
    UPDATE aftersales.service_order s
    SET status = CASE WHEN s.status = 'pending' THEN 'in_repair' ELSE s.status END,
        status_note = CASE WHEN s.status = 'pending' THEN left('→ ' || NEW.number, 500) ELSE s.status_note END,
        engineer_id = NEW.engineer_id
    WHERE s.id = NEW.order_id
      AND (s.status = 'pending' OR s.engineer_id IS DISTINCT FROM NEW.engineer_id);
    RETURN NULL;
END
$$
""")

FUNCTIONS["dispatch_before_update"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    moment timestamptz := aftersales.order_now();
    actor text := aftersales.order_actor();
    ratio numeric;
BEGIN
    IF NOT aftersales.stock_may('dispatch_edit') THEN
        PERFORM aftersales.stock_fail('AD002', 'Changing dispatch slips needs the permission dispatch_edit.',
                                      jsonb_build_object('permission', 'dispatch_edit'));
    END IF;
    IF (NEW.id, NEW.number, NEW.year, NEW.seq, NEW.branch_id, NEW.order_id, NEW.engineer_id, NEW.outlet_id,
        NEW.dispatched_at, NEW.dispatched_by, NEW.previous_id, NEW.redispatch_reason, NEW.created_at)
       IS DISTINCT FROM (OLD.id, OLD.number, OLD.year, OLD.seq, OLD.branch_id, OLD.order_id, OLD.engineer_id,
                         OLD.outlet_id, OLD.dispatched_at, OLD.dispatched_by, OLD.previous_id,
                         OLD.redispatch_reason, OLD.created_at) THEN
        PERFORM aftersales.stock_fail('AD009', format('The order and assignee of slip %s cannot change: re-dispatch it instead.', OLD.number),
                                      jsonb_build_object('number', OLD.number, 'problem', 'fixed'));
    END IF;
    IF OLD.status = 'redispatched' THEN
        PERFORM aftersales.stock_fail('AD009', format('Slip %s was re-dispatched and can no longer change.', OLD.number),
                                      jsonb_build_object('number', OLD.number, 'problem', 'redispatched'));
    END IF;
    IF OLD.status = 'completed' THEN
        IF (NEW.status, NEW.appointment_at, NEW.note, NEW.result, NEW.work_type_id, NEW.arrived_at,
            NEW.finished_at, NEW.outlet_fee)
           IS DISTINCT FROM (OLD.status, OLD.appointment_at, OLD.note, OLD.result, OLD.work_type_id,
                             OLD.arrived_at, OLD.finished_at, OLD.outlet_fee) THEN
            PERFORM aftersales.stock_fail('AD009', format('Slip %s is completed: only whether its signed slip came back can change.', OLD.number),
                                          jsonb_build_object('number', OLD.number, 'problem', 'completed'));
        END IF;
        NEW.signed_back_at := CASE WHEN NEW.signed_back AND NOT OLD.signed_back THEN moment
                                   WHEN NEW.signed_back THEN OLD.signed_back_at END;
    ELSIF NEW.status = 'redispatched' THEN
        -- only as the new slip's insert trigger replaces this one
        IF pg_trigger_depth() < 2 THEN
            PERFORM aftersales.stock_fail('AD001', format('Re-dispatch slip %s by dispatching the order again.', OLD.number),
                                          jsonb_build_object('number', OLD.number, 'from', OLD.status, 'to', NEW.status));
        END IF;
        NEW.redispatched_at := moment;
        NEW.redispatched_by := actor;
    ELSIF (SELECT s.status FROM aftersales.service_order s WHERE s.id = OLD.order_id) IN ('picked_up', 'cancelled') THEN
        PERFORM aftersales.stock_fail('AD009', format('The order of slip %s is closed: the slip can no longer change.', OLD.number),
                                      jsonb_build_object('number', OLD.number, 'problem', 'order_closed'));
    ELSIF NEW.status = 'completed' THEN
        NEW.result := btrim(coalesce(NEW.result, ''));
        IF NEW.result = '' THEN
            PERFORM aftersales.stock_fail('AD010', 'Say what was done on site.',
                                          jsonb_build_object('number', OLD.number, 'field', 'result'));
        END IF;
        IF NEW.arrived_at IS NULL OR NEW.finished_at IS NULL THEN
            PERFORM aftersales.stock_fail('AD010', 'Give the arrival and finish times.',
                                          jsonb_build_object('number', OLD.number, 'field', 'arrived_at'));
        END IF;
        IF NEW.finished_at < NEW.arrived_at OR NEW.finished_at > moment + interval '5 minutes' THEN
            PERFORM aftersales.stock_fail('AD011', 'The finish must come after the arrival, and not in the future.',
                                          jsonb_build_object('number', OLD.number, 'field', 'finished_at'));
        END IF;
        NEW.work_type_id := coalesce(NEW.work_type_id,
                                     (SELECT s.work_type_id FROM aftersales.service_order s WHERE s.id = OLD.order_id));
        SELECT o.settlement_ratio INTO ratio FROM aftersales.service_outlet o WHERE o.id = OLD.outlet_id;
        NEW.outlet_fee := CASE WHEN OLD.outlet_id IS NULL THEN 0 ELSE
            round((SELECT w.standard_fee FROM aftersales.work_type w WHERE w.id = NEW.work_type_id) * coalesce(ratio, 0), 2) END;
        NEW.completed_at := moment;
        NEW.completed_by := actor;
        NEW.signed_back_at := CASE WHEN NEW.signed_back THEN moment END;
    ELSIF NEW.status = 'dispatched' THEN
        -- a new appointment or note; the completion waits for the completion
        IF NEW.appointment_at IS NULL THEN
            PERFORM aftersales.stock_fail('AD004', 'Give the appointment time.', jsonb_build_object('field', 'appointment_at'));
        END IF;
        NEW.result := OLD.result;
        NEW.work_type_id := OLD.work_type_id;
        NEW.arrived_at := OLD.arrived_at;
        NEW.finished_at := OLD.finished_at;
        NEW.signed_back := OLD.signed_back;
        NEW.signed_back_at := OLD.signed_back_at;
        NEW.outlet_fee := OLD.outlet_fee;
    ELSE
        PERFORM aftersales.stock_fail('AD001', format('Slip %s cannot go from %s to %s.', OLD.number, OLD.status, NEW.status),
                                      jsonb_build_object('number', OLD.number, 'from', OLD.status, 'to', NEW.status));
    END IF;
    IF NEW.status <> 'redispatched' THEN
        NEW.redispatched_at := OLD.redispatched_at;
        NEW.redispatched_by := OLD.redispatched_by;
    END IF;
    IF NEW.status <> 'completed' OR OLD.status = 'completed' THEN
        NEW.completed_at := OLD.completed_at;
        NEW.completed_by := OLD.completed_by;
    END IF;
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$
""")

# A completed slip makes its order ready (unless the workshop took it further).
FUNCTIONS["dispatch_after_update"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status = 'completed' AND OLD.status = 'dispatched' THEN
        UPDATE aftersales.service_order s
        SET status = 'ready', status_note = left(NEW.number || ': ' || NEW.result, 500)
        WHERE s.id = NEW.order_id AND s.status IN ('in_repair', 'awaiting_parts', 'hard_to_repair');
    END IF;
    RETURN NULL;
END
$$
""")

# When the transaction commits: a completed engineer's slip has shares adding up to
# exactly 1; any other slip has none.
FUNCTIONS["dispatch_shares_check"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    slip aftersales.dispatch;
    target integer;
    total numeric;
    people integer;
BEGIN
    IF TG_TABLE_NAME = 'dispatch' THEN
        target := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        target := OLD.dispatch_id;
    ELSE
        target := NEW.dispatch_id;
    END IF;
    SELECT * INTO slip FROM aftersales.dispatch d WHERE d.id = target;
    IF slip.id IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT coalesce(sum(s.share), 0), count(*) INTO total, people
    FROM aftersales.dispatch_share s WHERE s.dispatch_id = slip.id;
    IF slip.status = 'completed' AND slip.engineer_id IS NOT NULL THEN
        IF people = 0 OR total <> 1 THEN
            PERFORM aftersales.stock_fail('AD012', format('The engineers'' shares of slip %s add up to %s%%, not 100%%.', slip.number, round(total * 100, 2)),
                                          jsonb_build_object('number', slip.number, 'total', round(total * 100, 2)::text));
        END IF;
    ELSIF people > 0 THEN
        PERFORM aftersales.stock_fail('AD012', format('Slip %s takes shares only when an engineer completes it.', slip.number),
                                      jsonb_build_object('number', slip.number, 'problem', 'not_completed'));
    END IF;
    RETURN NULL;
END
$$
""")

# Shares and removed parts: the branch of their slip, which must not be
# re-dispatched; a share goes to an active engineer of that branch; a removed part
# goes to a warehouse of that branch.
FUNCTIONS["dispatch_child_guard"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    slip aftersales.dispatch;
BEGIN
    SELECT * INTO slip FROM aftersales.dispatch d
    WHERE d.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.dispatch_id ELSE NEW.dispatch_id END;
    -- another branch's slip is not there for the operator (as row-level security
    -- hides it): say nothing more of it than of a missing one
    IF slip.id IS NULL OR NOT aftersales.stock_branch_ok(slip.branch_id) THEN
        PERFORM aftersales.stock_fail('AD013', 'The dispatch slip no longer exists.', '{}');
    END IF;
    IF slip.status = 'redispatched' THEN
        PERFORM aftersales.stock_fail('AD009', format('Slip %s was re-dispatched and can no longer change.', slip.number),
                                      jsonb_build_object('number', slip.number, 'problem', 'redispatched'));
    END IF;
    IF TG_TABLE_NAME = 'dispatch_removed_part' AND TG_OP <> 'INSERT' AND pg_trigger_depth() < 2 THEN
        PERFORM aftersales.stock_fail('AD009', 'A part taken off is booked by its stock slip: correct that slip instead.',
                                      jsonb_build_object('number', slip.number, 'problem', 'booked'));
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.dispatch_id <> OLD.dispatch_id THEN
        PERFORM aftersales.stock_fail('AD009', 'A share stays on its slip.',
                                      jsonb_build_object('number', slip.number, 'problem', 'fixed'));
    END IF;
    IF TG_TABLE_NAME = 'dispatch_share' THEN
        PERFORM aftersales.order_check_engineer(NEW.employee_id, slip.branch_id);
    ELSIF aftersales.stock_warehouse_branch(NEW.warehouse_id, true) <> slip.branch_id THEN
        PERFORM aftersales.stock_fail('AO010', 'The warehouse of a part taken off is another branch''s.',
                                      jsonb_build_object('number', slip.number, 'problem', 'removed',
                                                         'warehouse', (SELECT w.name FROM aftersales.warehouse w
                                                                       WHERE w.id = NEW.warehouse_id)));
    END IF;
    NEW.branch_id := slip.branch_id;
    RETURN NEW;
END
$$
""")

# Parts taken off the device: one draft stock-in slip (reason faulty part) per
# warehouse of the statement's lines, noting the dispatch slip and the device.
FUNCTIONS["dispatch_book_removed"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target record;
    new_slip integer;
BEGIN
    PERFORM set_config('aftersales.dispatch_booking', 'on', true);
    FOR target IN
        SELECT n.dispatch_id, n.warehouse_id, d.number, s.device_id
        FROM new_parts n
        JOIN aftersales.dispatch d ON d.id = n.dispatch_id
        JOIN aftersales.service_order s ON s.id = d.order_id
        GROUP BY n.dispatch_id, n.warehouse_id, d.number, s.device_id
        ORDER BY n.dispatch_id, n.warehouse_id
    LOOP
        INSERT INTO aftersales.stock_slip (kind, reason, warehouse_id, note)
        VALUES ('in', 'faulty_part', target.warehouse_id, target.number)
        RETURNING id INTO new_slip;
        INSERT INTO aftersales.stock_slip_line (slip_id, line_no, product_id, qty, fault_origin, device_id, note)
        SELECT new_slip, row_number() OVER (ORDER BY n.id), n.product_id, n.qty, n.origin, target.device_id, target.number
        FROM new_parts n WHERE n.dispatch_id = target.dispatch_id AND n.warehouse_id = target.warehouse_id;
        UPDATE aftersales.dispatch_removed_part p SET slip_id = new_slip
        WHERE p.id IN (SELECT n.id FROM new_parts n
                       WHERE n.dispatch_id = target.dispatch_id AND n.warehouse_id = target.warehouse_id);
    END LOOP;
    PERFORM set_config('aftersales.dispatch_booking', '', true);
    RETURN NULL;
END
$$
""")

TRIGGERS = (
    "CREATE TRIGGER dispatch_number BEFORE INSERT ON aftersales.dispatch "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.dispatch_before_insert()",
    "CREATE TRIGGER dispatch_out AFTER INSERT ON aftersales.dispatch "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.dispatch_after_insert()",
    "CREATE TRIGGER dispatch_step BEFORE UPDATE ON aftersales.dispatch "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.dispatch_before_update()",
    "CREATE TRIGGER dispatch_done AFTER UPDATE ON aftersales.dispatch "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.dispatch_after_update()",
    "CREATE CONSTRAINT TRIGGER dispatch_shares AFTER INSERT OR UPDATE ON aftersales.dispatch "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION aftersales.dispatch_shares_check()",
    "CREATE CONSTRAINT TRIGGER dispatch_shares AFTER INSERT OR UPDATE OR DELETE ON aftersales.dispatch_share "
    "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION aftersales.dispatch_shares_check()",
    "CREATE TRIGGER dispatch_share_guard BEFORE INSERT OR UPDATE OR DELETE ON aftersales.dispatch_share "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.dispatch_child_guard()",
    "CREATE TRIGGER dispatch_removed_guard BEFORE INSERT OR UPDATE OR DELETE ON aftersales.dispatch_removed_part "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.dispatch_child_guard()",
    "CREATE TRIGGER dispatch_removed_book AFTER INSERT ON aftersales.dispatch_removed_part "
    "REFERENCING NEW TABLE AS new_parts FOR EACH STATEMENT "
    "EXECUTE FUNCTION aftersales.dispatch_book_removed()",
)

# Earlier rules that learn of dispatch: (revision file, function, [(old, new), ...]).
PATCHES = (
    ("0008_front_desk.py", "order_before_update", (
        ("IF NOT aftersales.stock_may(needed) THEN",
         "IF NOT aftersales.stock_may(needed)\n"
         "           AND NOT aftersales.dispatch_step(OLD.id, OLD.service_mode, OLD.status, NEW.status) THEN"),
        ("IF NOT (aftersales.stock_may('order_edit') OR aftersales.stock_may('order_repair')) THEN",
         "IF NOT (aftersales.stock_may('order_edit') OR aftersales.stock_may('order_repair')\n"
         "                OR aftersales.stock_may('dispatch_edit')) THEN"),
        ("IF NEW.engineer_id IS NULL AND NEW.status IN ('in_repair', 'awaiting_parts', 'hard_to_repair', 'ready') THEN",
         "IF NEW.engineer_id IS NULL AND NEW.status IN ('in_repair', 'awaiting_parts', 'hard_to_repair', 'ready')\n"
         "       AND NOT aftersales.dispatch_outlet_job(OLD.id) THEN"),
    )),
    # Another branch's order is not there for the operator (row-level security would
    # hide it): its part lines' refusals say no more of it than of a missing one.
    ("0008_front_desk.py", "order_line_guard", (
        ("IF target.id IS NULL THEN",
         "IF target.id IS NULL OR NOT aftersales.stock_branch_ok(target.branch_id) THEN"),
    )),
    ("0007_stock.py", "stock_slip_before_insert", (
        ("IF NOT aftersales.stock_may('stock_edit') THEN\n"
         "            PERFORM aftersales.stock_fail('AS004', 'Making stock slips",
         "IF NOT aftersales.stock_may('stock_edit') AND NOT aftersales.dispatch_booking(NEW.reason) THEN\n"
         "            PERFORM aftersales.stock_fail('AS004', 'Making stock slips"),
    )),
    ("0007_stock.py", "stock_slip_lines_changed", (
        ("AND NOT aftersales.stock_may('stock_edit') THEN",
         "AND NOT aftersales.stock_may('stock_edit') AND NOT aftersales.dispatch_booking('faulty_part') THEN"),
    )),
)


def _patched(patched: bool) -> list[str]:
    statements = []
    for filename, name, changes in PATCHES:
        arguments, body = _earlier(filename).FUNCTIONS[name]
        for old, new in changes:
            assert body.count(old) == 1, (name, old)
            if patched:
                body = body.replace(old, new)
        statements.append(f"CREATE OR REPLACE FUNCTION aftersales.{name}({arguments}) {body}")
    return statements


def _signature(name: str) -> str:
    arguments = FUNCTIONS[name][0]
    types = ", ".join(a.split(" ", 1)[1] for a in arguments.split(", ")) if arguments else ""
    return f"aftersales.{name}({types})"


def upgrade() -> None:
    op.create_table('dispatch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), server_default='dispatched', nullable=False),
    sa.Column('engineer_id', sa.Integer(), nullable=True),
    sa.Column('outlet_id', sa.Integer(), nullable=True),
    sa.Column('appointment_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('note', sa.String(length=500), server_default='', nullable=False),
    sa.Column('dispatched_by', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.Column('dispatched_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('previous_id', sa.Integer(), nullable=True),
    sa.Column('redispatch_reason', sa.String(length=500), server_default='', nullable=False),
    sa.Column('redispatched_by', sa.String(length=63), nullable=True),
    sa.Column('redispatched_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('result', sa.String(length=200), server_default='', nullable=False),
    sa.Column('work_type_id', sa.Integer(), nullable=True),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('signed_back', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('signed_back_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('completed_by', sa.String(length=63), nullable=True),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('outlet_fee', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("(engineer_id IS NULL) <> (outlet_id IS NULL)", name=op.f('ck_dispatch_one_assignee')),
    sa.CheckConstraint("previous_id IS NULL OR redispatch_reason <> ''", name=op.f('ck_dispatch_redispatch_has_reason')),
    sa.CheckConstraint("status <> 'completed' OR (result <> '' AND arrived_at IS NOT NULL AND finished_at IS NOT NULL AND work_type_id IS NOT NULL)", name=op.f('ck_dispatch_completion_complete')),
    sa.CheckConstraint("finished_at IS NULL OR arrived_at IS NULL OR finished_at >= arrived_at", name=op.f('ck_dispatch_finished_after_arrival')),
    sa.CheckConstraint("outlet_fee >= 0", name=op.f('ck_dispatch_outlet_fee_not_negative')),
    sa.CheckConstraint("status IN ('dispatched', 'completed', 'redispatched')", name=op.f('ck_dispatch_status_known')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_dispatch_branch_id_branch')),
    sa.ForeignKeyConstraint(['order_id'], ['aftersales.service_order.id'], name=op.f('fk_dispatch_order_id_service_order')),
    sa.ForeignKeyConstraint(['engineer_id'], ['aftersales.employee.id'], name=op.f('fk_dispatch_engineer_id_employee')),
    sa.ForeignKeyConstraint(['outlet_id'], ['aftersales.service_outlet.id'], name=op.f('fk_dispatch_outlet_id_service_outlet')),
    sa.ForeignKeyConstraint(['previous_id'], ['aftersales.dispatch.id'], name=op.f('fk_dispatch_previous_id_dispatch')),
    sa.ForeignKeyConstraint(['work_type_id'], ['aftersales.work_type.id'], name=op.f('fk_dispatch_work_type_id_work_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispatch')),
    sa.UniqueConstraint('number', name=op.f('uq_dispatch_number')),
    sa.UniqueConstraint('id', 'order_id', name='uq_dispatch_id_order'),
    schema='aftersales'
    )
    for column in ('branch_id', 'order_id', 'engineer_id', 'outlet_id', 'previous_id', 'work_type_id'):
        op.create_index(op.f(f'ix_aftersales_dispatch_{column}'), 'dispatch', [column], unique=False, schema='aftersales')
    op.create_index('ix_dispatch_out', 'dispatch', ['order_id'], unique=True, schema='aftersales',
                    postgresql_where=sa.text("status = 'dispatched'"))
    op.create_index('ix_dispatch_appointment', 'dispatch', ['appointment_at'], unique=False, schema='aftersales')
    op.create_table('dispatch_share',
    sa.Column('dispatch_id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('share', sa.Numeric(precision=5, scale=4), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('share > 0 AND share <= 1', name=op.f('ck_dispatch_share_share_range')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_dispatch_share_branch_id_branch')),
    sa.ForeignKeyConstraint(['dispatch_id'], ['aftersales.dispatch.id'], name=op.f('fk_dispatch_share_dispatch_id_dispatch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['employee_id'], ['aftersales.employee.id'], name=op.f('fk_dispatch_share_employee_id_employee')),
    sa.PrimaryKeyConstraint('dispatch_id', 'employee_id', name=op.f('pk_dispatch_share')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_dispatch_share_branch_id'), 'dispatch_share', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_dispatch_share_employee_id'), 'dispatch_share', ['employee_id'], unique=False, schema='aftersales')
    op.create_table('dispatch_removed_part',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dispatch_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Numeric(precision=12, scale=3), nullable=False),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('slip_id', sa.Integer(), nullable=True),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('qty > 0', name=op.f('ck_dispatch_removed_part_qty_positive')),
    sa.CheckConstraint("origin IN ('supplier', 'workshop')", name=op.f('ck_dispatch_removed_part_origin_known')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_dispatch_removed_part_branch_id_branch')),
    sa.ForeignKeyConstraint(['dispatch_id'], ['aftersales.dispatch.id'], name=op.f('fk_dispatch_removed_part_dispatch_id_dispatch')),
    sa.ForeignKeyConstraint(['product_id'], ['aftersales.product.id'], name=op.f('fk_dispatch_removed_part_product_id_product')),
    sa.ForeignKeyConstraint(['slip_id'], ['aftersales.stock_slip.id'], name=op.f('fk_dispatch_removed_part_slip_id_stock_slip')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['aftersales.warehouse.id'], name=op.f('fk_dispatch_removed_part_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispatch_removed_part')),
    schema='aftersales'
    )
    for column in ('branch_id', 'dispatch_id', 'product_id', 'slip_id', 'warehouse_id'):
        op.create_index(op.f(f'ix_aftersales_dispatch_removed_part_{column}'), 'dispatch_removed_part', [column], unique=False, schema='aftersales')
    op.add_column('order_part_line', sa.Column('dispatch_id', sa.Integer(), nullable=True), schema='aftersales')
    op.create_index(op.f('ix_aftersales_order_part_line_dispatch_id'), 'order_part_line', ['dispatch_id'], unique=False, schema='aftersales')
    op.create_foreign_key('fk_order_part_line_dispatch', 'order_part_line', 'dispatch', ['dispatch_id', 'order_id'], ['id', 'order_id'], source_schema='aftersales', referent_schema='aftersales')
    for name, (arguments, body) in FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION aftersales.{name}({arguments}) {body}")
        op.execute(f"REVOKE ALL ON FUNCTION {_signature(name)} FROM PUBLIC")
    for statement in TRIGGERS + tuple(_patched(True)):
        op.execute(statement)
    for table, key in AUDITED:
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON aftersales.{table} "
                   f"FOR EACH ROW EXECUTE FUNCTION aftersales.audit_row('{key}')")


def downgrade() -> None:
    for statement in _patched(False):
        op.execute(statement)
    # The dispatchers' policies on part lines (grants.py) read the column dropped here.
    for command in ("insert", "update", "delete"):
        op.execute(f"DROP POLICY IF EXISTS order_part_line_dispatch_{command} ON aftersales.order_part_line")
    op.drop_constraint('fk_order_part_line_dispatch', 'order_part_line', schema='aftersales', type_='foreignkey')
    op.drop_index(op.f('ix_aftersales_order_part_line_dispatch_id'), table_name='order_part_line', schema='aftersales')
    op.drop_column('order_part_line', 'dispatch_id', schema='aftersales')
    op.drop_table('dispatch_removed_part', schema='aftersales')
    op.drop_table('dispatch_share', schema='aftersales')
    op.drop_table('dispatch', schema='aftersales')
    for name in reversed(FUNCTIONS):
        op.execute(f"DROP FUNCTION {_signature(name)}")
