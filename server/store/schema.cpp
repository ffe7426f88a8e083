#include "server/store/schema.h"

#include "server/store/sqlite.h"

namespace corpcare::server::store {

void createSchema(Database &db) {
    db.exec(QStringLiteral(R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE organization(
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES organization(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL);

CREATE TABLE individual(
  id INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization(id),
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL);

CREATE TABLE billing_account(
  id INTEGER PRIMARY KEY,
  organization_id INTEGER NOT NULL REFERENCES organization(id),
  name TEXT NOT NULL,
  state TEXT NOT NULL,
  settlement_method TEXT NOT NULL,
  rating_type TEXT NOT NULL,
  payment_status TEXT NOT NULL,
  currency TEXT NOT NULL,
  balance INTEGER NOT NULL,
  credit_limit INTEGER,
  expenditure_rate INTEGER NOT NULL,
  disconnection_forecast INTEGER,
  partial_suspension_level INTEGER NOT NULL,
  min_reconnection_balance INTEGER NOT NULL,
  balance_date INTEGER NOT NULL);

CREATE TABLE product_offering(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  kind TEXT NOT NULL,
  lifecycle_status TEXT NOT NULL,
  monthly_fee INTEGER NOT NULL,
  price_minute INTEGER NOT NULL,
  price_sms INTEGER NOT NULL,
  price_megabyte INTEGER NOT NULL);

CREATE TABLE product(
  id INTEGER PRIMARY KEY,
  msisdn TEXT NOT NULL UNIQUE,
  individual_id INTEGER NOT NULL REFERENCES individual(id),
  organization_id INTEGER NOT NULL REFERENCES organization(id),
  billing_account_id INTEGER NOT NULL REFERENCES billing_account(id),
  offering_id INTEGER NOT NULL REFERENCES product_offering(id),
  status TEXT NOT NULL,
  start_date INTEGER NOT NULL);

CREATE TABLE product_service(
  product_id INTEGER NOT NULL REFERENCES product(id),
  offering_id INTEGER NOT NULL REFERENCES product_offering(id),
  status TEXT NOT NULL,
  start_date INTEGER NOT NULL,
  PRIMARY KEY(product_id, offering_id)) WITHOUT ROWID;

CREATE TABLE bill(
  id INTEGER PRIMARY KEY,
  bill_no TEXT NOT NULL UNIQUE,
  billing_account_id INTEGER NOT NULL REFERENCES billing_account(id),
  bill_date INTEGER NOT NULL,
  period_start INTEGER NOT NULL,
  period_end INTEGER NOT NULL,
  payment_due_date INTEGER NOT NULL,
  state TEXT NOT NULL,
  tax_excluded INTEGER NOT NULL,
  tax_included INTEGER NOT NULL,
  remaining INTEGER NOT NULL,
  tax_rate_bp INTEGER NOT NULL);

-- Itemization (bill_id set) and charges since the last bill (bill_id NULL).
CREATE TABLE bill_item(
  id INTEGER PRIMARY KEY,
  bill_id INTEGER REFERENCES bill(id),
  billing_account_id INTEGER NOT NULL,
  product_id INTEGER NOT NULL,
  kind TEXT NOT NULL,
  offering_id INTEGER NOT NULL,
  period_start INTEGER NOT NULL,
  period_end INTEGER NOT NULL,
  charge_date INTEGER NOT NULL,
  tax_excluded INTEGER NOT NULL,
  tax_included INTEGER NOT NULL);

CREATE TABLE payment(
  id INTEGER PRIMARY KEY,
  billing_account_id INTEGER NOT NULL REFERENCES billing_account(id),
  payment_date INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  method TEXT NOT NULL,
  status TEXT NOT NULL,
  description TEXT NOT NULL);

CREATE TABLE payment_item(
  payment_id INTEGER NOT NULL REFERENCES payment(id),
  bill_id INTEGER NOT NULL REFERENCES bill(id),
  amount INTEGER NOT NULL,
  PRIMARY KEY(payment_id, bill_id)) WITHOUT ROWID;

CREATE TABLE portal_user(
  id INTEGER PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0);

CREATE TABLE portal_permission(
  user_id INTEGER NOT NULL REFERENCES portal_user(id),
  permission TEXT NOT NULL,
  PRIMARY KEY(user_id, permission)) WITHOUT ROWID;

-- kind: Organization (with its subtree), BillingAccount or Product (wire @referredType names).
CREATE TABLE portal_grant(
  user_id INTEGER NOT NULL REFERENCES portal_user(id),
  kind TEXT NOT NULL,
  object_id INTEGER NOT NULL,
  PRIMARY KEY(user_id, kind, object_id)) WITHOUT ROWID;

-- Comments on a billing account or a line (target_kind: the wire @referredType); created_at in
-- seconds since the epoch (UTC).
CREATE TABLE comment(
  id INTEGER PRIMARY KEY,
  target_kind TEXT NOT NULL,
  target_id INTEGER NOT NULL,
  author_id INTEGER NOT NULL REFERENCES portal_user(id),
  created_at INTEGER NOT NULL,
  text TEXT NOT NULL);

-- The operator's news for its corporate customers; published_at in seconds since the epoch (UTC).
CREATE TABLE news(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  published_at INTEGER NOT NULL,
  audience TEXT NOT NULL);

CREATE TABLE access_token(
  digest BLOB PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES portal_user(id),
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
)sql"));
}

void createIndexes(Database &db) {
    db.exec(QStringLiteral(R"sql(
CREATE INDEX organization_parent ON organization(parent_id);
CREATE INDEX individual_organization ON individual(organization_id);
CREATE INDEX billing_account_organization ON billing_account(organization_id);
CREATE INDEX product_account ON product(billing_account_id);
CREATE INDEX product_organization ON product(organization_id);
CREATE INDEX product_offering_idx ON product(offering_id);
CREATE INDEX product_individual ON product(individual_id);
CREATE INDEX product_service_offering ON product_service(offering_id);
CREATE INDEX bill_account ON bill(billing_account_id, bill_date);
CREATE INDEX bill_item_bill ON bill_item(bill_id, billing_account_id);
CREATE INDEX bill_item_product ON bill_item(product_id, period_start);
-- The lines of a period (periodCoverage.startDateTime, isBilled): counted from the index alone.
CREATE INDEX bill_item_period ON bill_item(period_start, bill_id);
-- The charges since the last bill per line (product currentCharges), covering the sum.
CREATE INDEX bill_item_unbilled ON bill_item(product_id, tax_included) WHERE bill_id IS NULL;
CREATE INDEX payment_account ON payment(billing_account_id, payment_date);
CREATE INDEX payment_item_bill ON payment_item(bill_id);
CREATE INDEX access_token_user ON access_token(user_id);
CREATE INDEX comment_target ON comment(target_id, target_kind);
)sql"));
}

void configureForServing(Database &db) {
    db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Indexes added after a database was generated: built once, on the first start that lacks them.
    db.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS bill_item_period ON bill_item(period_start, bill_id)"));
}

} // namespace corpcare::server::store
