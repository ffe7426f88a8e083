#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace corpcare::api::secrets {

// Where a secret lives: scoped by application (service()), host and account (STYLE.md, credentials).
struct SecretKey {
    QString host;    // operator host, with ":port" when the port is not the default (compared lower case)
    QString account; // the login at that host

    // The keychain service (application) name: "CorpCare".
    QString service() const;
    // "corpcare:<host>:<account>". ':' and '%' inside host or account are percent-encoded, so two
    // different (host, account) pairs never share a key name.
    QString keyName() const;
    // Host and account are both non-empty.
    bool isValid() const;

    bool operator==(const SecretKey &other) const = default;
};

// Asynchronous secret storage. Every call answers exactly once with the matching *Finished signal,
// always later from the event loop (never from inside the call). Calls answer in the order made.
// Secrets never reach a log: implementations log key names and results only.
class SecretStore : public QObject {
    Q_OBJECT

public:
    enum class Result {
        Ok,
        NotFound,    // read: no secret stored under that key
        Unavailable, // no keychain / secret service (or it did not answer): offer "don't remember"
        Denied,      // the keychain is locked or the user refused access
        Error,       // anything else, including an invalid key or an empty secret
    };
    Q_ENUM(Result)

    using QObject::QObject;

    // Reads the secret; answers readFinished (secret empty unless Ok).
    void readSecret(const SecretKey &key);
    // Stores or replaces the secret; an empty secret is refused (use deleteSecret). Answers writeFinished.
    void writeSecret(const SecretKey &key, const QByteArray &secret);
    // Removes the secret. Idempotent: a secret that is not there answers Ok. Answers deleteFinished.
    void deleteSecret(const SecretKey &key);

    // A hint: false once the store knows it has no backend (e.g. an operation answered Unavailable).
    virtual bool isAvailable() const = 0;

    static QString resultName(Result result);

signals:
    void readFinished(const corpcare::api::secrets::SecretKey &key, const QByteArray &secret,
                      corpcare::api::secrets::SecretStore::Result result, const QString &errorText);
    void writeFinished(const corpcare::api::secrets::SecretKey &key, corpcare::api::secrets::SecretStore::Result result,
                       const QString &errorText);
    void deleteFinished(const corpcare::api::secrets::SecretKey &key,
                        corpcare::api::secrets::SecretStore::Result result, const QString &errorText);

protected:
    // Called with a valid key (and, for write, a non-empty secret). Must answer exactly once, later.
    virtual void doRead(const SecretKey &key) = 0;
    virtual void doWrite(const SecretKey &key, const QByteArray &secret) = 0;
    virtual void doDelete(const SecretKey &key) = 0;

private:
    enum class Operation { Read, Write, Delete };
    void answerErrorLater(Operation operation, const SecretKey &key, const QString &errorText);
};

} // namespace corpcare::api::secrets

Q_DECLARE_METATYPE(corpcare::api::secrets::SecretKey)
