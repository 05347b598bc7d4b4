"""The front desk and the workshop: service orders numbered per branch and year, their
events, part lines taken from stock, payments, receivables, notifications and
printouts, and parts pre-orders.

What the database enforces itself, against any client (psql included):

- Numbers: ``order_before_insert`` (and ``preorder_before_insert``) bump the branch's
  counter row (``document_counter``) in the creating transaction, so numbers such as
  BJ-2026-000123 have no gaps and no duplicates under concurrent intake. The branch
  is the operator's; status, who and when come from the server. The warranty type is
  suggested from the device (its warranty end, else purchase date + the product's
  warranty months); choosing another is recorded (``warranty_set_by`` and an event).
  The labour fee and the promised time come from the work type unless given (NULL).
- The workflow: ``order_before_update`` lets the status move only along
  pending -> in_repair -> (awaiting_parts | hard_to_repair)* -> ready -> picked_up,
  back to in_repair from the middle steps and from ready, and to cancelled (with a
  reason) before ready; each step needs its permission (``order_repair``,
  ``order_edit`` for the pick-up, ``order_cancel``), in_repair and ready need an
  engineer, a picked-up or cancelled order never changes again. ``order_after_write``
  writes every ``order_event`` (intake, step, engineer, warranty, promised time
  extended); at pick-up it refuses an unpaid balance unless the operator holds
  ``order_credit`` (and then records the receivable), and records what a
  manufacturer-claim order costs the brand; cancelling deletes the part lines, which
  puts their stock back.
- Fees: ``order_fees`` is the one formula (parts at their line prices and labour are
  free for in-warranty and claim orders); a discount above DISCOUNT_LIMIT of the total
  needs ``order_discount``, and never exceeds the total.
- Part lines take stock through the engine of 0007 (``stock_lines_changed``, source
  kind 'order'); their warehouse is the order's branch's, their price the part's sale
  price unless given, and a closed order's lines never change.
- Pre-orders: a posted stock-in (or transfer) into a pre-order's warehouse marks the
  waiting pre-orders of that part arrived, oldest first, as far as the stock goes
  (``preorder_arrivals``, a trigger on the slip); collecting one takes the part out of
  stock (source kind 'preorder') and needs it paid unless the operator gives credit.
- Payments, notifications and printouts get their branch, time and operator from the
  server; events and receivables are written only by the triggers.

Errors carry SQLSTATEs AO001..AO015 with their values as JSON in DETAIL
(``server_schema.order_errors`` turns them into the user's messages). For data
brought over from an old system (and the demo data), members of the schema owner may
set the clock and the actor the triggers record (``aftersales.clock``,
``aftersales.actor``); nobody else can.

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# Event and counter rows are logs of their own (written only by triggers, never
# changed); everything else is audited like every document.
AUDITED = (
    ("service_order", "id"),
    ("order_part_line", "id"),
    ("payment", "id"),
    ("receivable", "id"),
    ("notification", "id"),
    ("order_print", "order_id"),
    ("parts_preorder", "id"),
)

#: A discount above this share of the total needs the permission order_discount
#: (server_schema.settlement.DISCOUNT_LIMIT says the same).
DISCOUNT_LIMIT = "0.10"

# name -> (signature, body). Created in this order, dropped in the reverse.
FUNCTIONS: dict[str, tuple[str, str]] = {}

# Whether the login role may set the clock and the actor (the schema owner's members:
# the owner, superusers, the administrator who ran init).
FUNCTIONS["order_owner"] = ("", """
RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT pg_has_role(session_user, n.nspowner, 'MEMBER') FROM pg_namespace n
                     WHERE n.nspname = 'aftersales'), false)
$$
""")

FUNCTIONS["order_now"] = ("", """
RETURNS timestamptz LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN coalesce(current_setting('aftersales.clock', true), '') <> ''
                     AND aftersales.order_owner()
                THEN current_setting('aftersales.clock', true)::timestamptz ELSE now() END
$$
""")

FUNCTIONS["order_actor"] = ("", """
RETURNS text LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN coalesce(current_setting('aftersales.actor', true), '') <> ''
                     AND aftersales.order_owner()
                THEN current_setting('aftersales.actor', true) ELSE session_user::text END
$$
""")

# The fees of an order, given its warranty type and fee columns: parts (the lines at
# their prices) and labour count only out of warranty; a claim order's parts and
# labour are claimed from the brand instead. Plain SQL without SET: the planner
# inlines it into the lists. Staff may execute it (permissions.STAFF_FUNCTIONS); it
# reads lines and payments with the caller's own rights.
FUNCTIONS["order_fees"] = ("order_id integer, warranty text, labour numeric, other numeric, discount numeric", """
RETURNS TABLE (parts_fee numeric, labour_fee numeric, other_fee numeric, discount_fee numeric,
               total numeric, paid numeric, balance numeric, claim numeric)
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN $2 = 'out' THEN l.amount ELSE 0 END,
           CASE WHEN $2 = 'out' THEN $3 ELSE 0 END,
           $4, $5, t.amount, y.amount, t.amount - y.amount,
           CASE WHEN $2 = 'claim' THEN l.amount + $3 ELSE 0 END
    FROM (SELECT coalesce(sum(round(x.qty * x.price, 2)), 0) AS amount
          FROM aftersales.order_part_line x WHERE x.order_id = $1) l
    CROSS JOIN (SELECT coalesce(sum(p.amount), 0) AS amount
                FROM aftersales.payment p WHERE p.order_id = $1) y
    CROSS JOIN LATERAL (SELECT CASE WHEN $2 = 'out' THEN l.amount + $3 ELSE 0 END + $4 - $5 AS amount) t
$$
""")

FUNCTIONS["order_check_discount"] = ("order_id integer, number text, warranty text, labour numeric, other numeric, discount numeric, limited boolean", f"""
RETURNS void LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    gross numeric;
BEGIN
    SELECT f.total + f.discount_fee INTO gross FROM aftersales.order_fees(order_id, warranty, labour, other, discount) f;
    IF discount > gross THEN
        PERFORM aftersales.stock_fail('AO005', format('The discount of order %s is more than its total.', number),
                                      jsonb_build_object('number', number, 'problem', 'total', 'total', gross::text));
    END IF;
    IF limited AND discount > round(gross * {DISCOUNT_LIMIT}, 2) AND NOT aftersales.stock_may('order_discount') THEN
        PERFORM aftersales.stock_fail('AO005', format('A discount above %s of the total of order %s needs the permission order_discount.',
                                                      {DISCOUNT_LIMIT}, number),
                                      jsonb_build_object('number', number, 'problem', 'limit', 'total', gross::text,
                                                         'limit', round(gross * {DISCOUNT_LIMIT}, 2)::text));
    END IF;
END
$$
""")

# An engineer named on an order: an active employee flagged as engineer, of the
# order's branch.
FUNCTIONS["order_check_engineer"] = ("engineer integer, branch integer", """
RETURNS text LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found record;
BEGIN
    SELECT e.name, e.is_engineer, e.active, d.branch_id INTO found
    FROM aftersales.employee e JOIN aftersales.department d ON d.id = e.department_id
    WHERE e.id = engineer;
    IF found.name IS NULL OR NOT found.is_engineer OR NOT found.active OR found.branch_id <> branch THEN
        PERFORM aftersales.stock_fail('AO009', format('%s is not an active engineer of the branch.',
                                                      coalesce(found.name, engineer::text)),
                                      jsonb_build_object('engineer', coalesce(found.name, engineer::text)));
    END IF;
    RETURN found.name;
END
$$
""")

# The next number of a kind of document in a branch and year, in the caller's
# transaction (the counter row stays locked until it ends).
FUNCTIONS["order_next_number"] = ("for_branch integer, of_kind text, in_year integer", """
RETURNS integer LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    given integer;
BEGIN
    INSERT INTO aftersales.document_counter AS c (branch_id, kind, year, last)
    VALUES (for_branch, of_kind, in_year, 1)
    ON CONFLICT (branch_id, kind, year) DO UPDATE SET last = c.last + 1
    RETURNING c.last INTO given;
    RETURN given;
END
$$
""")

FUNCTIONS["order_before_insert"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    device record;
    job record;
BEGIN
    IF NOT aftersales.stock_may('order_edit') THEN
        PERFORM aftersales.stock_fail('AO002', 'Taking in service orders needs the permission order_edit.',
                                      jsonb_build_object('permission', 'order_edit'));
    END IF;
    IF NEW.status IS DISTINCT FROM 'pending' THEN
        PERFORM aftersales.stock_fail('AO001', 'A new order starts pending.',
                                      jsonb_build_object('from', NULL, 'to', NEW.status));
    END IF;
    NEW.branch_id := coalesce(NEW.branch_id, (SELECT o.branch_id FROM aftersales.operator o
                                              WHERE o.role_name = session_user));
    IF NEW.branch_id IS NULL THEN
        PERFORM aftersales.stock_fail('AO012', 'An order belongs to a branch: name one.', '{}');
    END IF;
    NEW.received_at := aftersales.order_now();
    NEW.received_by := aftersales.order_actor();
    IF NEW.device_id IS NOT NULL THEN
        SELECT d.customer_id, d.product_id,
               coalesce(d.warranty_end, (d.purchase_date + p.warranty_months * interval '1 month')::date) AS ends
        INTO device
        FROM aftersales.customer_device d JOIN aftersales.product p ON p.id = d.product_id
        WHERE d.id = NEW.device_id;
        IF device.product_id IS NULL THEN
            PERFORM aftersales.stock_fail('AO011', 'The device no longer exists.',
                                          jsonb_build_object('problem', 'gone'));
        END IF;
        IF device.customer_id IS DISTINCT FROM NEW.customer_id THEN
            PERFORM aftersales.stock_fail('AO011', 'The device belongs to another customer.',
                                          jsonb_build_object('problem', 'other_customer'));
        END IF;
        NEW.product_id := device.product_id;
        NEW.warranty_suggested := CASE WHEN device.ends >= NEW.received_at::date THEN 'in' ELSE 'out' END;
    ELSE
        NEW.warranty_suggested := 'out';
    END IF;
    NEW.warranty := coalesce(NEW.warranty, NEW.warranty_suggested);
    NEW.warranty_set_by := CASE WHEN NEW.warranty <> NEW.warranty_suggested THEN NEW.received_by END;
    SELECT w.standard_fee, w.time_limit_hours INTO job FROM aftersales.work_type w WHERE w.id = NEW.work_type_id;
    NEW.labour_fee := coalesce(NEW.labour_fee, job.standard_fee, 0);
    NEW.promised_at := coalesce(NEW.promised_at,
                                NEW.received_at + coalesce(job.time_limit_hours, 72) * interval '1 hour');
    NEW.pickup_due := coalesce(NEW.pickup_due, NEW.promised_at::date);
    NEW.year := extract(year FROM NEW.received_at)::integer;
    NEW.seq := aftersales.order_next_number(NEW.branch_id, 'order', NEW.year);
    NEW.number := (SELECT b.number_prefix FROM aftersales.branch b WHERE b.id = NEW.branch_id)
                  || '-' || NEW.year || '-' || lpad(NEW.seq::text, greatest(6, length(NEW.seq::text)), '0');
    IF NEW.engineer_id IS NOT NULL THEN
        PERFORM aftersales.order_check_engineer(NEW.engineer_id, NEW.branch_id);
    END IF;
    IF NEW.discount > 0 THEN
        PERFORM aftersales.order_check_discount(NULL, NEW.number, NEW.warranty, NEW.labour_fee,
                                                NEW.other_fee, NEW.discount, true);
    END IF;
    NEW.status_at := NEW.received_at;
    NEW.status_note := '';
    NEW.extended_at := NULL;
    NEW.picked_up_at := NULL;
    NEW.picked_up_by := NULL;
    NEW.cancel_reason := '';
    NEW.cancelled_at := NULL;
    NEW.cancelled_by := NULL;
    NEW.created_at := NEW.received_at;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    NEW.version := 1;
    RETURN NEW;
END
$$
""")

# Which permission each step of the workflow needs (NULL: no such step).
STEP_PERMISSION = """CASE
            WHEN OLD.status = 'pending' AND NEW.status = 'in_repair' THEN 'order_repair'
            WHEN OLD.status IN ('in_repair', 'awaiting_parts', 'hard_to_repair')
                 AND NEW.status IN ('in_repair', 'awaiting_parts', 'hard_to_repair', 'ready') THEN 'order_repair'
            WHEN OLD.status = 'ready' AND NEW.status = 'in_repair' THEN 'order_repair'
            WHEN OLD.status = 'ready' AND NEW.status = 'picked_up' THEN 'order_edit'
            WHEN OLD.status IN ('pending', 'in_repair', 'awaiting_parts', 'hard_to_repair')
                 AND NEW.status = 'cancelled' THEN 'order_cancel'
        END"""

FUNCTIONS["order_before_update"] = ("", f"""
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    step boolean := NEW.status IS DISTINCT FROM OLD.status;
    needed text;
    moment timestamptz := aftersales.order_now();
    actor text := aftersales.order_actor();
BEGIN
    IF OLD.status IN ('picked_up', 'cancelled') THEN
        PERFORM aftersales.stock_fail('AO006', format('Order %s is %s and can no longer change.', OLD.number, OLD.status),
                                      jsonb_build_object('number', OLD.number, 'status', OLD.status));
    END IF;
    IF (NEW.id, NEW.number, NEW.year, NEW.seq, NEW.branch_id, NEW.customer_id, NEW.device_id,
        NEW.product_id, NEW.received_at, NEW.received_by, NEW.created_at, NEW.warranty_suggested)
       IS DISTINCT FROM (OLD.id, OLD.number, OLD.year, OLD.seq, OLD.branch_id, OLD.customer_id,
                         OLD.device_id, OLD.product_id, OLD.received_at, OLD.received_by,
                         OLD.created_at, OLD.warranty_suggested) THEN
        PERFORM aftersales.stock_fail('AO007', format('The number, branch, customer and device of order %s cannot change.', OLD.number),
                                      jsonb_build_object('number', OLD.number));
    END IF;
    IF (NEW.service_mode, NEW.warranty, NEW.urgent, NEW.contact_person, NEW.fault, NEW.accessories,
        NEW.appearance, NEW.work_type_id, NEW.estimated_fee, NEW.labour_fee, NEW.other_fee,
        NEW.discount, NEW.promised_at, NEW.pickup_due, NEW.note)
       IS DISTINCT FROM (OLD.service_mode, OLD.warranty, OLD.urgent, OLD.contact_person, OLD.fault,
                         OLD.accessories, OLD.appearance, OLD.work_type_id, OLD.estimated_fee,
                         OLD.labour_fee, OLD.other_fee, OLD.discount, OLD.promised_at,
                         OLD.pickup_due, OLD.note)
       AND NOT aftersales.stock_may('order_edit') THEN
        PERFORM aftersales.stock_fail('AO002', 'Changing service orders needs the permission order_edit.',
                                      jsonb_build_object('permission', 'order_edit', 'number', OLD.number));
    END IF;
    IF NEW.engineer_id IS DISTINCT FROM OLD.engineer_id THEN
        IF NOT (aftersales.stock_may('order_edit') OR aftersales.stock_may('order_repair')) THEN
            PERFORM aftersales.stock_fail('AO002', 'Assigning engineers needs the permission order_edit or order_repair.',
                                          jsonb_build_object('permission', 'order_repair', 'number', OLD.number));
        END IF;
        IF NEW.engineer_id IS NOT NULL THEN
            PERFORM aftersales.order_check_engineer(NEW.engineer_id, OLD.branch_id);
        END IF;
    END IF;
    IF step THEN
        needed := {STEP_PERMISSION};
        IF needed IS NULL THEN
            PERFORM aftersales.stock_fail('AO001', format('Order %s cannot go from %s to %s.', OLD.number, OLD.status, NEW.status),
                                          jsonb_build_object('number', OLD.number, 'from', OLD.status, 'to', NEW.status));
        END IF;
        IF NOT aftersales.stock_may(needed) THEN
            PERFORM aftersales.stock_fail('AO002', format('This step needs the permission %s.', needed),
                                          jsonb_build_object('permission', needed, 'number', OLD.number));
        END IF;
        IF NEW.status = 'cancelled' THEN
            NEW.cancel_reason := btrim(coalesce(NEW.cancel_reason, ''));
            IF NEW.cancel_reason = '' THEN
                PERFORM aftersales.stock_fail('AO008', format('Give the reason for cancelling order %s.', OLD.number),
                                              jsonb_build_object('number', OLD.number));
            END IF;
        END IF;
        NEW.status_at := moment;
    ELSE
        NEW.status_at := OLD.status_at;
        NEW.status_note := OLD.status_note;
    END IF;
    IF NEW.engineer_id IS NULL AND NEW.status IN ('in_repair', 'awaiting_parts', 'hard_to_repair', 'ready') THEN
        PERFORM aftersales.stock_fail('AO003', format('Order %s needs an engineer.', OLD.number),
                                      jsonb_build_object('number', OLD.number));
    END IF;
    IF NOT step OR NEW.status <> 'cancelled' THEN
        NEW.cancel_reason := OLD.cancel_reason;
    END IF;
    NEW.picked_up_at := CASE WHEN step AND NEW.status = 'picked_up' THEN moment ELSE OLD.picked_up_at END;
    NEW.picked_up_by := CASE WHEN step AND NEW.status = 'picked_up' THEN actor ELSE OLD.picked_up_by END;
    NEW.cancelled_at := CASE WHEN step AND NEW.status = 'cancelled' THEN moment ELSE OLD.cancelled_at END;
    NEW.cancelled_by := CASE WHEN step AND NEW.status = 'cancelled' THEN actor ELSE OLD.cancelled_by END;
    NEW.warranty_set_by := CASE
        WHEN NEW.warranty IS NOT DISTINCT FROM OLD.warranty THEN OLD.warranty_set_by
        WHEN NEW.warranty <> NEW.warranty_suggested THEN actor END;
    NEW.extended_at := CASE WHEN NEW.promised_at > OLD.promised_at THEN moment ELSE OLD.extended_at END;
    IF (NEW.warranty, NEW.labour_fee, NEW.other_fee, NEW.discount)
       IS DISTINCT FROM (OLD.warranty, OLD.labour_fee, OLD.other_fee, OLD.discount) AND NEW.discount > 0 THEN
        PERFORM aftersales.order_check_discount(OLD.id, OLD.number, NEW.warranty, NEW.labour_fee, NEW.other_fee,
                                                NEW.discount, NEW.discount IS DISTINCT FROM OLD.discount);
    END IF;
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$
""")

FUNCTIONS["order_event"] = ("target integer, branch integer, kind text, from_status text, to_status text, note text", """
RETURNS void LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
    INSERT INTO aftersales.order_event (order_id, branch_id, at, by, kind, from_status, to_status, note)
    VALUES (target, branch, aftersales.order_now(), aftersales.order_actor(), kind,
            from_status, to_status, left(coalesce(note, ''), 500))
$$
""")

FUNCTIONS["order_after_write"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    fees record;
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM aftersales.order_event(NEW.id, NEW.branch_id, 'intake', NULL, NEW.status, '');
        IF NEW.warranty <> NEW.warranty_suggested THEN
            PERFORM aftersales.order_event(NEW.id, NEW.branch_id, 'warranty', NULL, NULL, NEW.warranty_suggested || ' -> ' || NEW.warranty);
        END IF;
        IF NEW.engineer_id IS NOT NULL THEN
            PERFORM aftersales.order_event(NEW.id, NEW.branch_id, 'assign', NULL, NULL,
                                           (SELECT e.name FROM aftersales.employee e WHERE e.id = NEW.engineer_id));
        END IF;
        RETURN NULL;
    END IF;
    IF NEW.engineer_id IS DISTINCT FROM OLD.engineer_id THEN
        PERFORM aftersales.order_event(NEW.id, NEW.branch_id, 'assign', NULL, NULL,
                                       coalesce((SELECT e.name FROM aftersales.employee e WHERE e.id = NEW.engineer_id), ''));
    END IF;
    IF NEW.warranty IS DISTINCT FROM OLD.warranty THEN
        PERFORM aftersales.order_event(NEW.id, NEW.branch_id, 'warranty', NULL, NULL, OLD.warranty || ' -> ' || NEW.warranty);
    END IF;
    IF NEW.extended_at IS DISTINCT FROM OLD.extended_at THEN
        PERFORM aftersales.order_event(NEW.id, NEW.branch_id, 'extended', NULL, NULL, to_char(NEW.promised_at, 'YYYY-MM-DD HH24:MI'));
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        PERFORM aftersales.order_event(NEW.id, NEW.branch_id, 'status', OLD.status, NEW.status,
                                       CASE WHEN NEW.status = 'cancelled' THEN NEW.cancel_reason ELSE NEW.status_note END);
        IF NEW.status = 'picked_up' THEN
            -- After the whole statement: payments made with the pick-up count.
            SELECT * INTO fees FROM aftersales.order_fees(NEW.id, NEW.warranty, NEW.labour_fee, NEW.other_fee, NEW.discount);
            IF fees.balance > 0 THEN
                IF NOT aftersales.stock_may('order_credit') THEN
                    PERFORM aftersales.stock_fail('AO004', format('Order %s still has %s to pay.', NEW.number, fees.balance),
                                                  jsonb_build_object('number', NEW.number, 'balance', fees.balance::text));
                END IF;
                INSERT INTO aftersales.receivable (order_id, branch_id, kind, amount, at, by)
                VALUES (NEW.id, NEW.branch_id, 'credit', fees.balance, aftersales.order_now(), aftersales.order_actor());
            END IF;
            IF fees.claim > 0 THEN
                INSERT INTO aftersales.receivable (order_id, branch_id, kind, amount, brand_id, at, by)
                VALUES (NEW.id, NEW.branch_id, 'claim', fees.claim,
                        (SELECT p.brand_id FROM aftersales.product p WHERE p.id = NEW.product_id),
                        aftersales.order_now(), aftersales.order_actor());
            END IF;
        ELSIF NEW.status = 'cancelled' THEN
            DELETE FROM aftersales.order_part_line l WHERE l.order_id = NEW.id;
        END IF;
    END IF;
    RETURN NULL;
END
$$
""")

# A part line belongs to an open order of the operator's branch (row-level security
# checks the branch the line gets here), takes stock from a warehouse of that branch,
# at the part's sale price unless priced. A closed order's lines change only through
# the order's own trigger (cancelling deletes them).
FUNCTIONS["order_line_guard"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    target aftersales.service_order;
    warehouse_branch integer;
BEGIN
    SELECT * INTO target FROM aftersales.service_order s
    WHERE s.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.order_id ELSE NEW.order_id END;
    IF target.id IS NULL THEN
        PERFORM aftersales.stock_fail('AO014', 'The order no longer exists.', '{}');
    END IF;
    IF target.status IN ('picked_up', 'cancelled') AND pg_trigger_depth() < 2 THEN
        PERFORM aftersales.stock_fail('AO006', format('Order %s is %s and can no longer change.', target.number, target.status),
                                      jsonb_build_object('number', target.number, 'status', target.status));
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.order_id <> OLD.order_id THEN
        PERFORM aftersales.stock_fail('AO007', 'A part line stays on its order.',
                                      jsonb_build_object('number', target.number));
    END IF;
    SELECT w.branch_id INTO warehouse_branch FROM aftersales.warehouse w WHERE w.id = NEW.warehouse_id;
    IF warehouse_branch IS DISTINCT FROM target.branch_id THEN
        PERFORM aftersales.stock_fail('AO010', format('The warehouse of a part line of order %s is another branch''s.', target.number),
                                      jsonb_build_object('number', target.number,
                                                         'warehouse', (SELECT w.name FROM aftersales.warehouse w
                                                                       WHERE w.id = NEW.warehouse_id)));
    END IF;
    NEW.branch_id := target.branch_id;
    NEW.price := coalesce(NEW.price, (SELECT p.sale_price FROM aftersales.product p WHERE p.id = NEW.product_id));
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := aftersales.order_now();
        NEW.created_by := aftersales.order_actor();
    ELSE
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
    END IF;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$
""")

# Payments and notifications: the branch of their document, time and operator from
# the server. No payment for a cancelled document.
FUNCTIONS["order_payment_before_insert"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    doc record;
BEGIN
    IF NEW.order_id IS NOT NULL THEN
        SELECT s.number, s.status, s.branch_id INTO doc FROM aftersales.service_order s WHERE s.id = NEW.order_id;
    ELSE
        SELECT p.number, p.status, p.branch_id INTO doc FROM aftersales.parts_preorder p WHERE p.id = NEW.preorder_id;
    END IF;
    IF doc.number IS NULL THEN
        PERFORM aftersales.stock_fail('AO014', 'The order no longer exists.', '{}');
    END IF;
    IF doc.status = 'cancelled' THEN
        PERFORM aftersales.stock_fail('AO013', format('%s is cancelled: it takes no payments.', doc.number),
                                      jsonb_build_object('number', doc.number));
    END IF;
    NEW.branch_id := doc.branch_id;
    NEW.paid_at := aftersales.order_now();
    NEW.paid_by := aftersales.order_actor();
    RETURN NEW;
END
$$
""")

FUNCTIONS["order_notification_before_insert"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.branch_id := CASE WHEN NEW.order_id IS NOT NULL
        THEN (SELECT s.branch_id FROM aftersales.service_order s WHERE s.id = NEW.order_id)
        ELSE (SELECT p.branch_id FROM aftersales.parts_preorder p WHERE p.id = NEW.preorder_id) END;
    IF NEW.branch_id IS NULL THEN
        PERFORM aftersales.stock_fail('AO014', 'The order no longer exists.', '{}');
    END IF;
    NEW.at := aftersales.order_now();
    NEW.by := aftersales.order_actor();
    RETURN NEW;
END
$$
""")

# A printout counted: the first is the original, each later one a copy.
FUNCTIONS["order_print_count"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.copies := 1;
        NEW.branch_id := (SELECT s.branch_id FROM aftersales.service_order s WHERE s.id = NEW.order_id);
        IF NEW.branch_id IS NULL THEN
            PERFORM aftersales.stock_fail('AO014', 'The order no longer exists.', '{}');
        END IF;
    ELSE
        NEW.order_id := OLD.order_id;
        NEW.kind := OLD.kind;
        NEW.branch_id := OLD.branch_id;
        NEW.copies := OLD.copies + 1;
    END IF;
    NEW.last_at := aftersales.order_now();
    NEW.last_by := aftersales.order_actor();
    RETURN NEW;
END
$$
""")

FUNCTIONS["preorder_before_insert"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT aftersales.stock_may('order_edit') THEN
        PERFORM aftersales.stock_fail('AO002', 'Taking pre-orders needs the permission order_edit.',
                                      jsonb_build_object('permission', 'order_edit'));
    END IF;
    IF NEW.status IS DISTINCT FROM 'ordered' THEN
        PERFORM aftersales.stock_fail('AO001', 'A new pre-order starts as ordered.',
                                      jsonb_build_object('from', NULL, 'to', NEW.status, 'document', 'preorder'));
    END IF;
    NEW.branch_id := aftersales.stock_warehouse_branch(NEW.warehouse_id, true);
    NEW.price := coalesce(NEW.price, (SELECT p.sale_price FROM aftersales.product p WHERE p.id = NEW.product_id));
    NEW.ordered_at := aftersales.order_now();
    NEW.ordered_by := aftersales.order_actor();
    NEW.year := extract(year FROM NEW.ordered_at)::integer;
    NEW.seq := aftersales.order_next_number(NEW.branch_id, 'preorder', NEW.year);
    NEW.number := (SELECT b.number_prefix FROM aftersales.branch b WHERE b.id = NEW.branch_id)
                  || '-P' || NEW.year || '-' || lpad(NEW.seq::text, greatest(5, length(NEW.seq::text)), '0');
    NEW.status_at := NEW.ordered_at;
    NEW.arrived_at := NULL;
    NEW.collected_at := NULL;
    NEW.collected_by := NULL;
    NEW.cancel_reason := '';
    NEW.cancelled_at := NULL;
    NEW.cancelled_by := NULL;
    NEW.created_at := NEW.ordered_at;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    NEW.version := 1;
    RETURN NEW;
END
$$
""")

# ordered -> arrived (a posted stock-in does it; order_edit by hand) -> collected, and
# cancelled (with a reason) before collection. Only an ordered pre-order's part,
# warehouse (of the same branch), quantity and price change.
FUNCTIONS["preorder_before_update"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    step boolean := NEW.status IS DISTINCT FROM OLD.status;
    moment timestamptz := aftersales.order_now();
    actor text := aftersales.order_actor();
    system boolean := pg_trigger_depth() > 1;
BEGIN
    IF OLD.status IN ('collected', 'cancelled') THEN
        PERFORM aftersales.stock_fail('AO006', format('Pre-order %s is %s and can no longer change.', OLD.number, OLD.status),
                                      jsonb_build_object('number', OLD.number, 'status', OLD.status, 'document', 'preorder'));
    END IF;
    IF NOT system AND NOT aftersales.stock_may('order_edit') THEN
        PERFORM aftersales.stock_fail('AO002', 'Changing pre-orders needs the permission order_edit.',
                                      jsonb_build_object('permission', 'order_edit', 'number', OLD.number));
    END IF;
    IF (NEW.id, NEW.number, NEW.year, NEW.seq, NEW.branch_id, NEW.customer_id, NEW.ordered_at,
        NEW.ordered_by, NEW.created_at)
       IS DISTINCT FROM (OLD.id, OLD.number, OLD.year, OLD.seq, OLD.branch_id, OLD.customer_id,
                         OLD.ordered_at, OLD.ordered_by, OLD.created_at) THEN
        PERFORM aftersales.stock_fail('AO007', format('The number, branch and customer of pre-order %s cannot change.', OLD.number),
                                      jsonb_build_object('number', OLD.number, 'document', 'preorder'));
    END IF;
    IF (NEW.product_id, NEW.warehouse_id, NEW.qty, NEW.price)
       IS DISTINCT FROM (OLD.product_id, OLD.warehouse_id, OLD.qty, OLD.price) THEN
        IF OLD.status <> 'ordered' THEN
            PERFORM aftersales.stock_fail('AO007', format('Pre-order %s has arrived: its part and quantity can no longer change.', OLD.number),
                                          jsonb_build_object('number', OLD.number, 'document', 'preorder', 'problem', 'arrived'));
        END IF;
        IF aftersales.stock_warehouse_branch(NEW.warehouse_id, true) <> OLD.branch_id THEN
            PERFORM aftersales.stock_fail('AO010', format('The warehouse of pre-order %s is another branch''s.', OLD.number),
                                          jsonb_build_object('number', OLD.number, 'document', 'preorder',
                                                             'warehouse', (SELECT w.name FROM aftersales.warehouse w
                                                                           WHERE w.id = NEW.warehouse_id)));
        END IF;
    END IF;
    IF step THEN
        IF NOT ((OLD.status = 'ordered' AND NEW.status IN ('arrived', 'cancelled'))
                OR (OLD.status = 'arrived' AND NEW.status IN ('collected', 'cancelled'))) THEN
            PERFORM aftersales.stock_fail('AO001', format('Pre-order %s cannot go from %s to %s.', OLD.number, OLD.status, NEW.status),
                                          jsonb_build_object('number', OLD.number, 'from', OLD.status, 'to', NEW.status,
                                                             'document', 'preorder'));
        END IF;
        IF NEW.status = 'cancelled' THEN
            NEW.cancel_reason := btrim(coalesce(NEW.cancel_reason, ''));
            IF NEW.cancel_reason = '' THEN
                PERFORM aftersales.stock_fail('AO008', format('Give the reason for cancelling pre-order %s.', OLD.number),
                                              jsonb_build_object('number', OLD.number, 'document', 'preorder'));
            END IF;
        END IF;
        NEW.status_at := moment;
    ELSE
        NEW.status_at := OLD.status_at;
    END IF;
    IF NOT step OR NEW.status <> 'cancelled' THEN
        NEW.cancel_reason := OLD.cancel_reason;
    END IF;
    NEW.arrived_at := CASE WHEN step AND NEW.status = 'arrived' THEN moment ELSE OLD.arrived_at END;
    NEW.collected_at := CASE WHEN step AND NEW.status = 'collected' THEN moment ELSE OLD.collected_at END;
    NEW.collected_by := CASE WHEN step AND NEW.status = 'collected' THEN actor ELSE OLD.collected_by END;
    NEW.cancelled_at := CASE WHEN step AND NEW.status = 'cancelled' THEN moment ELSE OLD.cancelled_at END;
    NEW.cancelled_by := CASE WHEN step AND NEW.status = 'cancelled' THEN actor ELSE OLD.cancelled_by END;
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
    NEW.updated_by := session_user;
    RETURN NEW;
END
$$
""")

# Collection, after the whole statement (payments made with it count): paid in full
# or on credit, and the part out of stock through the engine.
FUNCTIONS["preorder_after_update"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    balance numeric;
BEGIN
    IF NEW.status = 'collected' AND OLD.status <> 'collected' THEN
        balance := round(NEW.qty * NEW.price, 2)
                   - coalesce((SELECT sum(p.amount) FROM aftersales.payment p WHERE p.preorder_id = NEW.id), 0);
        IF balance > 0 THEN
            IF NOT aftersales.stock_may('order_credit') THEN
                PERFORM aftersales.stock_fail('AO004', format('Pre-order %s still has %s to pay.', NEW.number, balance),
                                              jsonb_build_object('number', NEW.number, 'balance', balance::text,
                                                                 'document', 'preorder'));
            END IF;
            INSERT INTO aftersales.receivable (preorder_id, branch_id, kind, amount, at, by)
            VALUES (NEW.id, NEW.branch_id, 'credit', balance, aftersales.order_now(), aftersales.order_actor());
        END IF;
        PERFORM aftersales.stock_book(ARRAY[ROW(NEW.warehouse_id, NEW.product_id, -NEW.qty, false, 'preorder',
                                                NEW.id, NULL, NEW.number, NULL)::aftersales.stock_delta]);
    END IF;
    RETURN NULL;
END
$$
""")

# A posted stock-in or transfer into a warehouse: the waiting pre-orders of the parts
# it brought there are marked arrived, oldest first, as far as the stock goes (what
# earlier arrived pre-orders hold aside does not count). Runs after the slip's own
# posting trigger (``stock_post`` sorts first), so the levels include the arrival.
FUNCTIONS["preorder_arrivals"] = ("", """
RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE aftersales.parts_preorder p SET status = 'arrived'
    FROM (SELECT w.id
          FROM (SELECT o.id,
                       sum(o.qty) OVER (PARTITION BY o.warehouse_id, o.product_id ORDER BY o.id) AS running,
                       coalesce(k.qty, 0) - coalesce(held.qty, 0) AS free
                FROM aftersales.parts_preorder o
                JOIN (SELECT DISTINCT CASE WHEN n.kind = 'in' THEN n.warehouse_id ELSE n.to_warehouse_id END AS warehouse_id,
                             l.product_id
                      FROM new_slips n
                      JOIN old_slips b ON b.id = n.id
                      JOIN aftersales.stock_slip_line l ON l.slip_id = n.id
                      WHERE n.status = 'posted' AND b.status <> 'posted' AND n.kind IN ('in', 'transfer')
                        AND n.reverses_id IS NULL) a
                  ON a.warehouse_id = o.warehouse_id AND a.product_id = o.product_id
                LEFT JOIN aftersales.stock_level k ON k.warehouse_id = o.warehouse_id AND k.product_id = o.product_id
                LEFT JOIN LATERAL (SELECT sum(h.qty) AS qty FROM aftersales.parts_preorder h
                                   WHERE h.warehouse_id = o.warehouse_id AND h.product_id = o.product_id
                                     AND h.status = 'arrived') held ON true
                WHERE o.status = 'ordered') w
          WHERE w.running <= w.free) fit
    WHERE p.id = fit.id;
    RETURN NULL;
END
$$
""")

TRIGGERS = (
    "CREATE TRIGGER order_number BEFORE INSERT ON aftersales.service_order "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.order_before_insert()",
    "CREATE TRIGGER order_step BEFORE UPDATE ON aftersales.service_order "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.order_before_update()",
    "CREATE TRIGGER order_events AFTER INSERT OR UPDATE ON aftersales.service_order "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.order_after_write()",
    "CREATE TRIGGER order_line_guard BEFORE INSERT OR UPDATE OR DELETE ON aftersales.order_part_line "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.order_line_guard()",
    "CREATE TRIGGER stock_in AFTER INSERT ON aftersales.order_part_line "
    "REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT "
    "EXECUTE FUNCTION aftersales.stock_lines_changed('order', 'order_id', '-1', 'service_order', 'number')",
    "CREATE TRIGGER stock_up AFTER UPDATE ON aftersales.order_part_line "
    "REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines FOR EACH STATEMENT "
    "EXECUTE FUNCTION aftersales.stock_lines_changed('order', 'order_id', '-1', 'service_order', 'number')",
    "CREATE TRIGGER stock_out AFTER DELETE ON aftersales.order_part_line "
    "REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT "
    "EXECUTE FUNCTION aftersales.stock_lines_changed('order', 'order_id', '-1', 'service_order', 'number')",
    "CREATE TRIGGER order_payment BEFORE INSERT ON aftersales.payment "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.order_payment_before_insert()",
    "CREATE TRIGGER order_notification BEFORE INSERT ON aftersales.notification "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.order_notification_before_insert()",
    "CREATE TRIGGER order_print_count BEFORE INSERT OR UPDATE ON aftersales.order_print "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.order_print_count()",
    "CREATE TRIGGER preorder_number BEFORE INSERT ON aftersales.parts_preorder "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.preorder_before_insert()",
    "CREATE TRIGGER preorder_step BEFORE UPDATE ON aftersales.parts_preorder "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.preorder_before_update()",
    "CREATE TRIGGER preorder_collect AFTER UPDATE ON aftersales.parts_preorder "
    "FOR EACH ROW EXECUTE FUNCTION aftersales.preorder_after_update()",
    "CREATE TRIGGER stock_post_preorders AFTER UPDATE ON aftersales.stock_slip "
    "REFERENCING OLD TABLE AS old_slips NEW TABLE AS new_slips "
    "FOR EACH STATEMENT EXECUTE FUNCTION aftersales.preorder_arrivals()",
)


def _signature(name: str) -> str:
    arguments = FUNCTIONS[name][0]
    types = ", ".join(a.split(" ", 1)[1] for a in arguments.split(", ")) if arguments else ""
    return f"aftersales.{name}({types})"


def upgrade_rules() -> None:
    for name, (arguments, body) in FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION aftersales.{name}({arguments}) {body}")
        # Nobody but the owner calls them, but order_fees (grants.py gives it to staff).
        op.execute(f"REVOKE ALL ON FUNCTION {_signature(name)} FROM PUBLIC")
    for statement in TRIGGERS:
        op.execute(statement)
    for table, key, *sensitive in AUDITED:
        arguments = ", ".join(f"'{a}'" for a in (key, *sensitive))
        op.execute(f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON aftersales.{table} "
                   f"FOR EACH ROW EXECUTE FUNCTION aftersales.audit_row({arguments})")


def downgrade_rules() -> None:
    # The tables' triggers go with the tables; the one on stock slips does not.
    op.execute("DROP TRIGGER stock_post_preorders ON aftersales.stock_slip")


def drop_functions() -> None:
    for name in reversed(FUNCTIONS):
        op.execute(f"DROP FUNCTION {_signature(name)}")


def upgrade() -> None:
    op.create_table('document_counter',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_document_counter_branch_id_branch')),
    sa.PrimaryKeyConstraint('branch_id', 'kind', 'year', name=op.f('pk_document_counter')),
    schema='aftersales'
    )
    op.create_table('parts_preorder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), server_default='ordered', nullable=False),
    sa.Column('status_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Numeric(precision=12, scale=3), nullable=False),
    sa.Column('price', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('ordered_by', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.Column('ordered_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('arrived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('collected_by', sa.String(length=63), nullable=True),
    sa.Column('collected_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.String(length=500), server_default='', nullable=False),
    sa.Column('cancelled_by', sa.String(length=63), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.String(length=500), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("status <> 'cancelled' OR cancel_reason <> ''", name=op.f('ck_parts_preorder_cancel_has_reason')),
    sa.CheckConstraint("status IN ('ordered', 'arrived', 'collected', 'cancelled')", name=op.f('ck_parts_preorder_status_known')),
    sa.CheckConstraint('price >= 0', name=op.f('ck_parts_preorder_price_not_negative')),
    sa.CheckConstraint('qty > 0', name=op.f('ck_parts_preorder_qty_positive')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_parts_preorder_branch_id_branch')),
    sa.ForeignKeyConstraint(['customer_id'], ['aftersales.customer.id'], name=op.f('fk_parts_preorder_customer_id_customer')),
    sa.ForeignKeyConstraint(['product_id'], ['aftersales.product.id'], name=op.f('fk_parts_preorder_product_id_product')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['aftersales.warehouse.id'], name=op.f('fk_parts_preorder_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parts_preorder')),
    sa.UniqueConstraint('number', name=op.f('uq_parts_preorder_number')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_parts_preorder_branch_id'), 'parts_preorder', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_parts_preorder_customer_id'), 'parts_preorder', ['customer_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_parts_preorder_product_id'), 'parts_preorder', ['product_id'], unique=False, schema='aftersales')
    op.create_index('ix_parts_preorder_waiting', 'parts_preorder', ['warehouse_id', 'product_id', 'status'], unique=False, schema='aftersales')
    op.create_table('service_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=24), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), server_default='pending', nullable=False),
    sa.Column('status_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('status_note', sa.String(length=500), server_default='', nullable=False),
    sa.Column('service_mode', sa.String(length=10), nullable=False),
    sa.Column('warranty', sa.String(length=6), nullable=False),
    sa.Column('warranty_suggested', sa.String(length=6), nullable=False),
    sa.Column('warranty_set_by', sa.String(length=63), nullable=True),
    sa.Column('urgent', sa.Boolean(), server_default='false', nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('device_id', sa.Integer(), nullable=True),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('contact_person', sa.String(length=60), server_default='', nullable=False),
    sa.Column('fault', sa.String(length=200), server_default='', nullable=False),
    sa.Column('accessories', sa.String(length=1000), server_default='', nullable=False),
    sa.Column('appearance', sa.String(length=200), server_default='', nullable=False),
    sa.Column('work_type_id', sa.Integer(), nullable=False),
    sa.Column('estimated_fee', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('labour_fee', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('other_fee', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('discount', sa.Numeric(precision=12, scale=2), server_default='0', nullable=False),
    sa.Column('promised_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('pickup_due', sa.Date(), nullable=False),
    sa.Column('extended_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('engineer_id', sa.Integer(), nullable=True),
    sa.Column('received_by', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('picked_up_by', sa.String(length=63), nullable=True),
    sa.Column('picked_up_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('cancel_reason', sa.String(length=500), server_default='', nullable=False),
    sa.Column('cancelled_by', sa.String(length=63), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('note', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False),
    sa.Column('version', sa.Integer(), server_default='1', nullable=False),
    sa.CheckConstraint("service_mode IN ('carry_in', 'on_site')", name=op.f('ck_service_order_service_mode_known')),
    sa.CheckConstraint("status <> 'cancelled' OR cancel_reason <> ''", name=op.f('ck_service_order_cancel_has_reason')),
    sa.CheckConstraint("status IN ('pending', 'in_repair', 'awaiting_parts', 'hard_to_repair', 'ready', 'picked_up', 'cancelled')", name=op.f('ck_service_order_status_known')),
    sa.CheckConstraint("warranty IN ('in', 'out', 'claim')", name=op.f('ck_service_order_warranty_known')),
    sa.CheckConstraint("warranty_suggested IN ('in', 'out', 'claim')", name=op.f('ck_service_order_warranty_suggested_known')),
    sa.CheckConstraint('estimated_fee >= 0 AND labour_fee >= 0 AND other_fee >= 0 AND discount >= 0', name=op.f('ck_service_order_fees_not_negative')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_service_order_branch_id_branch')),
    sa.ForeignKeyConstraint(['customer_id'], ['aftersales.customer.id'], name=op.f('fk_service_order_customer_id_customer')),
    sa.ForeignKeyConstraint(['device_id'], ['aftersales.customer_device.id'], name=op.f('fk_service_order_device_id_customer_device')),
    sa.ForeignKeyConstraint(['engineer_id'], ['aftersales.employee.id'], name=op.f('fk_service_order_engineer_id_employee')),
    sa.ForeignKeyConstraint(['product_id'], ['aftersales.product.id'], name=op.f('fk_service_order_product_id_product')),
    sa.ForeignKeyConstraint(['work_type_id'], ['aftersales.work_type.id'], name=op.f('fk_service_order_work_type_id_work_type')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_order')),
    sa.UniqueConstraint('number', name=op.f('uq_service_order_number')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_service_order_customer_id'), 'service_order', ['customer_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_service_order_device_id'), 'service_order', ['device_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_service_order_engineer_id'), 'service_order', ['engineer_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_service_order_product_id'), 'service_order', ['product_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_service_order_work_type_id'), 'service_order', ['work_type_id'], unique=False, schema='aftersales')
    op.create_index('ix_service_order_board', 'service_order', ['branch_id', 'status'], unique=False, schema='aftersales')
    op.create_index('ix_service_order_received', 'service_order', ['received_at'], unique=False, schema='aftersales')
    op.create_table('notification',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('preorder_id', sa.Integer(), nullable=True),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('by', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.Column('note', sa.String(length=500), server_default='', nullable=False),
    sa.CheckConstraint("channel IN ('phone', 'sms', 'in_person')", name=op.f('ck_notification_channel_known')),
    sa.CheckConstraint("kind IN ('finished', 'parts_arrived', 'period_extended', 'awaiting_parts', 'preorder_waiting')", name=op.f('ck_notification_kind_known')),
    sa.CheckConstraint("order_id IS NOT NULL OR kind IN ('parts_arrived', 'preorder_waiting')", name=op.f('ck_notification_kind_fits_preorder')),
    sa.CheckConstraint("preorder_id IS NOT NULL OR kind <> 'preorder_waiting'", name=op.f('ck_notification_kind_fits_order')),
    sa.CheckConstraint('(order_id IS NULL) <> (preorder_id IS NULL)', name=op.f('ck_notification_one_document')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_notification_branch_id_branch')),
    sa.ForeignKeyConstraint(['order_id'], ['aftersales.service_order.id'], name=op.f('fk_notification_order_id_service_order')),
    sa.ForeignKeyConstraint(['preorder_id'], ['aftersales.parts_preorder.id'], name=op.f('fk_notification_preorder_id_parts_preorder')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notification')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_notification_branch_id'), 'notification', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_notification_order_id'), 'notification', ['order_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_notification_preorder_id'), 'notification', ['preorder_id'], unique=False, schema='aftersales')
    op.create_table('order_event',
    sa.Column('id', sa.BigInteger(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('by', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('from_status', sa.String(length=16), nullable=True),
    sa.Column('to_status', sa.String(length=16), nullable=True),
    sa.Column('note', sa.String(length=500), server_default='', nullable=False),
    sa.CheckConstraint("kind IN ('intake', 'status', 'assign', 'warranty', 'extended')", name=op.f('ck_order_event_kind_known')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_order_event_branch_id_branch')),
    sa.ForeignKeyConstraint(['order_id'], ['aftersales.service_order.id'], name=op.f('fk_order_event_order_id_service_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_event')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_order_event_branch_id'), 'order_event', ['branch_id'], unique=False, schema='aftersales')
    op.create_index('ix_order_event_order', 'order_event', ['order_id', 'id'], unique=False, schema='aftersales')
    op.create_table('order_part_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), server_default='0', nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Numeric(precision=12, scale=3), nullable=False),
    sa.Column('price', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('note', sa.String(length=200), server_default='', nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('updated_by', sa.String(length=63), server_default=sa.text('CURRENT_USER'), nullable=False),
    sa.CheckConstraint('price >= 0', name=op.f('ck_order_part_line_price_not_negative')),
    sa.CheckConstraint('qty > 0', name=op.f('ck_order_part_line_qty_positive')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_order_part_line_branch_id_branch')),
    sa.ForeignKeyConstraint(['order_id'], ['aftersales.service_order.id'], name=op.f('fk_order_part_line_order_id_service_order')),
    sa.ForeignKeyConstraint(['product_id'], ['aftersales.product.id'], name=op.f('fk_order_part_line_product_id_product')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['aftersales.warehouse.id'], name=op.f('fk_order_part_line_warehouse_id_warehouse')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_part_line')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_order_part_line_branch_id'), 'order_part_line', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_order_part_line_order_id'), 'order_part_line', ['order_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_order_part_line_product_id'), 'order_part_line', ['product_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_order_part_line_warehouse_id'), 'order_part_line', ['warehouse_id'], unique=False, schema='aftersales')
    op.create_table('order_print',
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('copies', sa.Integer(), server_default='0', nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('last_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('last_by', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.CheckConstraint("kind IN ('receipt', 'pickup')", name=op.f('ck_order_print_kind_known')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_order_print_branch_id_branch')),
    sa.ForeignKeyConstraint(['order_id'], ['aftersales.service_order.id'], name=op.f('fk_order_print_order_id_service_order')),
    sa.PrimaryKeyConstraint('order_id', 'kind', name=op.f('pk_order_print')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_order_print_branch_id'), 'order_print', ['branch_id'], unique=False, schema='aftersales')
    op.create_table('payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('preorder_id', sa.Integer(), nullable=True),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('paid_at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('paid_by', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.Column('note', sa.String(length=200), server_default='', nullable=False),
    sa.CheckConstraint("method IN ('cash', 'card', 'transfer')", name=op.f('ck_payment_method_known')),
    sa.CheckConstraint('(order_id IS NULL) <> (preorder_id IS NULL)', name=op.f('ck_payment_one_document')),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payment_amount_positive')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_payment_branch_id_branch')),
    sa.ForeignKeyConstraint(['order_id'], ['aftersales.service_order.id'], name=op.f('fk_payment_order_id_service_order')),
    sa.ForeignKeyConstraint(['preorder_id'], ['aftersales.parts_preorder.id'], name=op.f('fk_payment_preorder_id_parts_preorder')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_payment_branch_id'), 'payment', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_payment_order_id'), 'payment', ['order_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_payment_preorder_id'), 'payment', ['preorder_id'], unique=False, schema='aftersales')
    op.create_table('receivable',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('preorder_id', sa.Integer(), nullable=True),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=6), nullable=False),
    sa.Column('amount', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), server_default=sa.text('now()'), nullable=False),
    sa.Column('by', sa.String(length=63), server_default=sa.text('SESSION_USER'), nullable=False),
    sa.CheckConstraint("kind IN ('credit', 'claim')", name=op.f('ck_receivable_kind_known')),
    sa.CheckConstraint('(order_id IS NULL) <> (preorder_id IS NULL)', name=op.f('ck_receivable_one_document')),
    sa.CheckConstraint('amount > 0', name=op.f('ck_receivable_amount_positive')),
    sa.ForeignKeyConstraint(['branch_id'], ['aftersales.branch.id'], name=op.f('fk_receivable_branch_id_branch')),
    sa.ForeignKeyConstraint(['brand_id'], ['aftersales.brand.id'], name=op.f('fk_receivable_brand_id_brand')),
    sa.ForeignKeyConstraint(['order_id'], ['aftersales.service_order.id'], name=op.f('fk_receivable_order_id_service_order')),
    sa.ForeignKeyConstraint(['preorder_id'], ['aftersales.parts_preorder.id'], name=op.f('fk_receivable_preorder_id_parts_preorder')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receivable')),
    schema='aftersales'
    )
    op.create_index(op.f('ix_aftersales_receivable_branch_id'), 'receivable', ['branch_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_receivable_brand_id'), 'receivable', ['brand_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_receivable_order_id'), 'receivable', ['order_id'], unique=False, schema='aftersales')
    op.create_index(op.f('ix_aftersales_receivable_preorder_id'), 'receivable', ['preorder_id'], unique=False, schema='aftersales')
    upgrade_rules()


def downgrade() -> None:
    downgrade_rules()
    op.drop_index(op.f('ix_aftersales_receivable_preorder_id'), table_name='receivable', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_receivable_order_id'), table_name='receivable', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_receivable_brand_id'), table_name='receivable', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_receivable_branch_id'), table_name='receivable', schema='aftersales')
    op.drop_table('receivable', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_payment_preorder_id'), table_name='payment', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_payment_order_id'), table_name='payment', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_payment_branch_id'), table_name='payment', schema='aftersales')
    op.drop_table('payment', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_order_print_branch_id'), table_name='order_print', schema='aftersales')
    op.drop_table('order_print', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_order_part_line_warehouse_id'), table_name='order_part_line', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_order_part_line_product_id'), table_name='order_part_line', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_order_part_line_order_id'), table_name='order_part_line', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_order_part_line_branch_id'), table_name='order_part_line', schema='aftersales')
    op.drop_table('order_part_line', schema='aftersales')
    op.drop_index('ix_order_event_order', table_name='order_event', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_order_event_branch_id'), table_name='order_event', schema='aftersales')
    op.drop_table('order_event', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_notification_preorder_id'), table_name='notification', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_notification_order_id'), table_name='notification', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_notification_branch_id'), table_name='notification', schema='aftersales')
    op.drop_table('notification', schema='aftersales')
    op.drop_index('ix_service_order_received', table_name='service_order', schema='aftersales')
    op.drop_index('ix_service_order_board', table_name='service_order', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_service_order_work_type_id'), table_name='service_order', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_service_order_product_id'), table_name='service_order', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_service_order_engineer_id'), table_name='service_order', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_service_order_device_id'), table_name='service_order', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_service_order_customer_id'), table_name='service_order', schema='aftersales')
    op.drop_table('service_order', schema='aftersales')
    op.drop_index('ix_parts_preorder_waiting', table_name='parts_preorder', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_parts_preorder_product_id'), table_name='parts_preorder', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_parts_preorder_customer_id'), table_name='parts_preorder', schema='aftersales')
    op.drop_index(op.f('ix_aftersales_parts_preorder_branch_id'), table_name='parts_preorder', schema='aftersales')
    op.drop_table('parts_preorder', schema='aftersales')
    op.drop_table('document_counter', schema='aftersales')
    drop_functions()
