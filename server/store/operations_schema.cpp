#include "server/store/operations_schema.h"

#include "server/store/sqlite.h"

namespace corpcare::server::store {

void createOperationsSchema(Database &db) {
    db.exec(QStringLiteral(R"sql(
-- Offerings that can no longer be ordered (isSellable false) and services that cannot go with a tariff.
CREATE TABLE IF NOT EXISTS offering_not_sellable(offering_id INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS offering_incompatibility(
  service_id INTEGER NOT NULL,
  tariff_id INTEGER NOT NULL,
  PRIMARY KEY(service_id, tariff_id)) WITHOUT ROWID;

-- One threshold per target (target_kind: the wire @referredType); amounts in minor units.
CREATE TABLE IF NOT EXISTS charge_threshold(
  id INTEGER PRIMARY KEY,
  target_kind TEXT NOT NULL,
  target_id INTEGER NOT NULL,
  first_amount INTEGER NOT NULL,
  second_amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE(target_kind, target_id));

-- externalId is unique per portal user: the idempotency key of a submission.
CREATE TABLE IF NOT EXISTS product_order(
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  external_id TEXT,
  description TEXT NOT NULL,
  state TEXT NOT NULL,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  order_date INTEGER NOT NULL,
  completion_date INTEGER,
  UNIQUE(user_id, external_id));
CREATE INDEX IF NOT EXISTS product_order_open ON product_order(state);

-- An item as submitted (its JSON) and its state; seq keeps the submission's order.
CREATE TABLE IF NOT EXISTS product_order_item(
  order_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  item_json TEXT NOT NULL,
  state TEXT NOT NULL,
  state_reason TEXT,
  PRIMARY KEY(order_id, seq)) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS order_cancellation(
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL,
  reason TEXT NOT NULL,
  cancelled_at INTEGER NOT NULL);

-- Receivers' delivery is simulated from times fixed when the message is accepted (ms since the
-- epoch): pending until sent_at, sent until final_at, then delivered or failed.
CREATE TABLE IF NOT EXISTS communication_message(
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL,
  external_id TEXT,
  content TEXT NOT NULL,
  send_time INTEGER NOT NULL,
  UNIQUE(user_id, external_id));
CREATE TABLE IF NOT EXISTS message_receiver(
  message_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  product_id INTEGER NOT NULL,
  phone TEXT NOT NULL,
  sent_at INTEGER NOT NULL,
  final_at INTEGER NOT NULL,
  fails INTEGER NOT NULL,
  PRIMARY KEY(message_id, seq)) WITHOUT ROWID;

-- before/after: JSON text or NULL. An applied order item is recorded once: (order_id, item_seq) is
-- unique, and it is written in the same transaction as the change it records.
CREATE TABLE IF NOT EXISTS audit_record(
  id INTEGER PRIMARY KEY,
  recorded_at INTEGER NOT NULL,
  day INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target_kind TEXT NOT NULL,
  target_id TEXT NOT NULL,
  target_name TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  order_id INTEGER,
  item_seq INTEGER);
CREATE UNIQUE INDEX IF NOT EXISTS audit_order_item ON audit_record(order_id, item_seq) WHERE order_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS audit_target ON audit_record(target_id);

-- Failed sign-ins per login tried (known or not, so that answers do not tell which logins exist):
-- how many in the current window, since when, and until when the login is locked (0: not locked).
CREATE TABLE IF NOT EXISTS sign_in_failure(
  login TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  first_at INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
)sql"));
    // Added with issue 6: where a change came from. A database of an older server gets the column
    // (its earlier records have none).
    // An order keeps the address it was sent from, for the audit lines of its items.
    for (const QString &table : {QStringLiteral("audit_record"), QStringLiteral("product_order")}) {
        if (db.scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('%1') WHERE name = 'source'").arg(table))
                .toLongLong() == 0) {
            db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN source TEXT").arg(table));
        }
    }
}

} // namespace corpcare::server::store
