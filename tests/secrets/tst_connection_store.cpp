#include "api/secrets/connection_store.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using corpcare::api::secrets::ConnectionStore;
using corpcare::api::secrets::SavedConnection;
using corpcare::api::secrets::SecretKey;
using corpcare::api::secrets::secretKeyFor;

namespace {

SavedConnection production() {
    SavedConnection c;
    c.name = QStringLiteral("Production");
    c.baseUrl = QUrl(QStringLiteral("https://billing.example.com/tmf-api"));
    c.login = QStringLiteral("anna@corp.example");
    c.caFile = QStringLiteral("/etc/corpcare/operator-ca.pem");
    c.rememberSecret = true;
    return c;
}

SavedConnection demo() {
    SavedConnection c;
    c.name = QStringLiteral("Demo company");
    c.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:41234"));
    c.login = QStringLiteral("demo-admin");
    c.isDemo = true;
    return c;
}

QStringList names(const QList<SavedConnection> &connections) {
    QStringList result;
    for (const SavedConnection &c : connections) {
        result.append(c.name);
    }
    return result;
}

} // namespace

class TestConnectionStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void connections_emptySettings_noneAndNoLastUsed();
    void save_newConnection_listedAndLastUsed();
    void save_reopenedSettingsFile_sameConnections();
    void save_existingName_replacesInPlace();
    void save_secondConnection_becomesLastUsed();
    void save_existingConnectionAgain_becomesLastUsed();
    void save_emptyName_refused();
    void save_urlWithPasswordAndQuery_neitherWritten();
    void save_flags_storedAsWords();
    void remove_lastUsed_forgetsLastUsed();
    void remove_otherConnection_keepsLastUsed();
    void remove_unknownName_changesNothing();
    void secretKeyFor_urlWithPort_hostWithPortLowerCase();
    void secretKeyFor_urlWithoutPort_hostOnly();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("corpcare.ini")); }
    QByteArray settingsFileBytes();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestConnectionStore::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

void TestConnectionStore::cleanup() {
    m_settings.reset();
    m_dir.reset();
}

QByteArray TestConnectionStore::settingsFileBytes() {
    m_settings->sync();
    QFile file(settingsPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

void TestConnectionStore::connections_emptySettings_noneAndNoLastUsed() {
    const ConnectionStore store(m_settings.get());
    QVERIFY(store.connections().isEmpty());
    QVERIFY(!store.lastUsed());
    QVERIFY(!store.connection(QStringLiteral("Production")));
}

void TestConnectionStore::save_newConnection_listedAndLastUsed() {
    ConnectionStore store(m_settings.get());
    QVERIFY(store.save(production()));
    const QList<SavedConnection> all = store.connections();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first() == production());
    QVERIFY(store.lastUsed());
    QCOMPARE(store.lastUsed()->name, production().name);
}

void TestConnectionStore::save_reopenedSettingsFile_sameConnections() {
    {
        ConnectionStore store(m_settings.get());
        QVERIFY(store.save(production()));
        QVERIFY(store.save(demo()));
    }
    m_settings.reset();
    QSettings reopened(settingsPath(), QSettings::IniFormat);
    const ConnectionStore store(&reopened);
    const QList<SavedConnection> all = store.connections();
    QCOMPARE(names(all), QStringList({production().name, demo().name}));
    QVERIFY(all.at(0) == production());
    QVERIFY(all.at(1) == demo());
    QVERIFY(store.lastUsed() == demo());
}

void TestConnectionStore::save_existingName_replacesInPlace() {
    ConnectionStore store(m_settings.get());
    QVERIFY(store.save(production()));
    QVERIFY(store.save(demo()));
    SavedConnection changed = production();
    changed.login = QStringLiteral("boris@corp.example");
    changed.rememberSecret = false;
    QVERIFY(store.save(changed));
    const QList<SavedConnection> all = store.connections();
    QCOMPARE(names(all), QStringList({production().name, demo().name}));
    QVERIFY(all.at(0) == changed);
}

void TestConnectionStore::save_secondConnection_becomesLastUsed() {
    ConnectionStore store(m_settings.get());
    QVERIFY(store.save(production()));
    QVERIFY(store.save(demo()));
    QVERIFY(store.lastUsed());
    QCOMPARE(store.lastUsed()->name, demo().name);
}

void TestConnectionStore::save_existingConnectionAgain_becomesLastUsed() {
    ConnectionStore store(m_settings.get());
    QVERIFY(store.save(production()));
    QVERIFY(store.save(demo()));
    QVERIFY(store.save(production()));
    QVERIFY(store.lastUsed());
    QCOMPARE(store.lastUsed()->name, production().name);
    QCOMPARE(store.connections().size(), 2);
}

void TestConnectionStore::save_emptyName_refused() {
    ConnectionStore store(m_settings.get());
    SavedConnection unnamed = production();
    unnamed.name.clear();
    QVERIFY(!store.save(unnamed));
    QVERIFY(store.connections().isEmpty());
    QVERIFY(!store.lastUsed());
}

void TestConnectionStore::save_urlWithPasswordAndQuery_neitherWritten() {
    ConnectionStore store(m_settings.get());
    SavedConnection withSecrets = production();
    withSecrets.baseUrl = QUrl(QStringLiteral("https://anna:Pa55word@billing.example.com/tmf-api?token=T0ken#frag"));
    QVERIFY(store.save(withSecrets));

    const QByteArray bytes = settingsFileBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("Pa55word"));
    QVERIFY(!bytes.contains("T0ken"));
    QCOMPARE(store.connections().first().baseUrl, QUrl(QStringLiteral("https://billing.example.com/tmf-api")));
}

void TestConnectionStore::save_flags_storedAsWords() {
    ConnectionStore store(m_settings.get());
    QVERIFY(store.save(production()));
    const QByteArray bytes = settingsFileBytes();
    QVERIFY2(bytes.contains("rememberSecret=true"), bytes.constData());
    QVERIFY2(bytes.contains("isDemo=false"), bytes.constData());
    QVERIFY2(bytes.contains("lastUsed=Production"), bytes.constData());
}

void TestConnectionStore::remove_lastUsed_forgetsLastUsed() {
    ConnectionStore store(m_settings.get());
    QVERIFY(store.save(production()));
    QVERIFY(store.save(demo()));
    store.remove(demo().name);
    QCOMPARE(names(store.connections()), QStringList({production().name}));
    QVERIFY(!store.lastUsed());
    QVERIFY(!settingsFileBytes().contains("lastUsed"));
}

void TestConnectionStore::remove_otherConnection_keepsLastUsed() {
    ConnectionStore store(m_settings.get());
    QVERIFY(store.save(production()));
    QVERIFY(store.save(demo()));
    store.remove(production().name);
    QCOMPARE(names(store.connections()), QStringList({demo().name}));
    QVERIFY(store.lastUsed());
    QCOMPARE(store.lastUsed()->name, demo().name);
}

void TestConnectionStore::remove_unknownName_changesNothing() {
    ConnectionStore store(m_settings.get());
    QVERIFY(store.save(production()));
    store.remove(QStringLiteral("No such connection"));
    QCOMPARE(names(store.connections()), QStringList({production().name}));
    QVERIFY(store.lastUsed());
}

void TestConnectionStore::secretKeyFor_urlWithPort_hostWithPortLowerCase() {
    SavedConnection c = production();
    c.baseUrl = QUrl(QStringLiteral("https://Billing.Example.COM:8443/tmf-api"));
    QVERIFY(secretKeyFor(c) == (SecretKey{QStringLiteral("billing.example.com:8443"), c.login}));
}

void TestConnectionStore::secretKeyFor_urlWithoutPort_hostOnly() {
    const SecretKey key = secretKeyFor(production());
    QCOMPARE(key.host, QStringLiteral("billing.example.com"));
    QCOMPARE(key.account, production().login);
    QCOMPARE(key.keyName(), QStringLiteral("corpcare:billing.example.com:anna@corp.example"));
}

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connection_store.moc"
