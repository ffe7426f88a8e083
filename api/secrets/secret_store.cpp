#include "api/secrets/secret_store.h"

#include <QUrl>

namespace corpcare::api::secrets {

namespace {

// Everything but unreserved characters and "@.-_~+" is percent-encoded; ':' (the separator) and '%'
// always are, so the key name is unambiguous.
QString encodeComponent(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral("@.-_~+")));
}

} // namespace

QString SecretKey::service() const {
    return QStringLiteral("CorpCare");
}

QString SecretKey::keyName() const {
    return QStringLiteral("corpcare:") + encodeComponent(host.toLower()) + QLatin1Char(':') + encodeComponent(account);
}

bool SecretKey::isValid() const {
    return !host.isEmpty() && !account.isEmpty();
}

void SecretStore::readSecret(const SecretKey &key) {
    if (!key.isValid()) {
        answerErrorLater(Operation::Read, key, tr("The secret key needs a host and an account."));
        return;
    }
    doRead(key);
}

void SecretStore::writeSecret(const SecretKey &key, const QByteArray &secret) {
    if (!key.isValid()) {
        answerErrorLater(Operation::Write, key, tr("The secret key needs a host and an account."));
        return;
    }
    if (secret.isEmpty()) {
        answerErrorLater(Operation::Write, key, tr("An empty secret is not stored."));
        return;
    }
    doWrite(key, secret);
}

void SecretStore::deleteSecret(const SecretKey &key) {
    if (!key.isValid()) {
        answerErrorLater(Operation::Delete, key, tr("The secret key needs a host and an account."));
        return;
    }
    doDelete(key);
}

QString SecretStore::resultName(Result result) {
    switch (result) {
    case Result::Ok:
        return QStringLiteral("Ok");
    case Result::NotFound:
        return QStringLiteral("NotFound");
    case Result::Unavailable:
        return QStringLiteral("Unavailable");
    case Result::Denied:
        return QStringLiteral("Denied");
    case Result::Error:
        return QStringLiteral("Error");
    }
    return QStringLiteral("Error");
}

void SecretStore::answerErrorLater(Operation operation, const SecretKey &key, const QString &errorText) {
    QMetaObject::invokeMethod(
        this,
        [this, operation, key, errorText] {
            switch (operation) {
            case Operation::Read:
                emit readFinished(key, {}, Result::Error, errorText);
                break;
            case Operation::Write:
                emit writeFinished(key, Result::Error, errorText);
                break;
            case Operation::Delete:
                emit deleteFinished(key, Result::Error, errorText);
                break;
            }
        },
        Qt::QueuedConnection);
}

} // namespace corpcare::api::secrets
