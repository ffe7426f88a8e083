#include "api/secrets/keychain_errors.h"

#include <QTest>

using corpcare::api::secrets::SecretStore;
using corpcare::api::secrets::detail::isNoSecretServiceText;
using corpcare::api::secrets::detail::resultForKeychainError;
using Result = SecretStore::Result;

class TestKeychainErrors : public QObject {
    Q_OBJECT

private slots:
    void resultForKeychainError_code_mapped_data();
    void resultForKeychainError_code_mapped();
    void isNoSecretServiceText_otherFailure_false();
};

void TestKeychainErrors::resultForKeychainError_code_mapped_data() {
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Result>("expected");

    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << Result::Ok;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << QStringLiteral("No match") << Result::NotFound;
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << QStringLiteral("Cannot get secret of a locked object")
                            << Result::Denied;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << QString() << Result::Denied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << Result::Unavailable;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << Result::Unavailable;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << QString() << Result::Error;
    QTest::newRow("other: unknown") << int(QKeychain::OtherError) << QStringLiteral("Unknown error") << Result::Error;
    // The texts libsecret gives when there is no secret service (seen on Debian 12: libsecret 0.20.5).
    QTest::newRow("other: no service on bus")
        << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
        << Result::Unavailable;
    QTest::newRow("other: activation failed")
        << int(QKeychain::OtherError) << QStringLiteral("Process org.freedesktop.secrets exited with status 1")
        << Result::Unavailable;
    QTest::newRow("other: no service, unstripped")
        << int(QKeychain::OtherError)
        << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets "
                          "was not provided by any .service files")
        << Result::Unavailable;
    QTest::newRow("other: activation failed, unstripped")
        << int(QKeychain::OtherError)
        << QStringLiteral("GDBus.Error:org.freedesktop.DBus.Error.Spawn.ChildExited: Process org.freedesktop.secrets "
                          "exited with status 1")
        << Result::Unavailable;
    QTest::newRow("other: no bus") << int(QKeychain::OtherError)
                                   << QStringLiteral("Could not connect: No such file or directory")
                                   << Result::Unavailable;
    QTest::newRow("other: no display") << int(QKeychain::OtherError)
                                       << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                       << Result::Unavailable;
}

void TestKeychainErrors::resultForKeychainError_code_mapped() {
    QFETCH(int, error);
    QFETCH(QString, text);
    QFETCH(Result, expected);
    QCOMPARE(resultForKeychainError(static_cast<QKeychain::Error>(error), text), expected);
}

void TestKeychainErrors::isNoSecretServiceText_otherFailure_false() {
    QVERIFY(!isNoSecretServiceText(QString()));
    QVERIFY(!isNoSecretServiceText(QStringLiteral("Unknown error")));
    QVERIFY(!isNoSecretServiceText(QStringLiteral("Cannot create an item in a locked collection")));
}

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychain_errors.moc"
