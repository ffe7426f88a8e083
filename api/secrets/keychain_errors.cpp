#include "api/secrets/keychain_errors.h"

#include <QLatin1StringView>

#include <array>

namespace corpcare::api::secrets::detail {

bool isNoSecretServiceText(const QString &errorText) {
    // libsecret strips the D-Bus error name and passes on the bus daemon's message (never translated);
    // the GIO connection texts are the English ones (with a translated GLib the store's own session
    // bus check still answers Unavailable before any job starts).
    static constexpr std::array kMarkers{
        QLatin1StringView("was not provided by any .service files"), // bus without a secret service
        QLatin1StringView("Process org.freedesktop.secrets"),        // its activation failed
        QLatin1StringView("Failed to execute program org.freedesktop.secrets"),
        QLatin1StringView("Activation of org.freedesktop.secrets timed out"),
        QLatin1StringView("org.freedesktop.DBus.Error.ServiceUnknown"), // the same, when not stripped
        QLatin1StringView("org.freedesktop.DBus.Error.NameHasNoOwner"),
        QLatin1StringView("org.freedesktop.DBus.Error.Spawn."),
        QLatin1StringView("org.freedesktop.DBus.Error.NoServer"),
        QLatin1StringView("Cannot autolaunch D-Bus"), // no bus address and no X11 display
        QLatin1StringView("Could not connect:"),      // the bus address points to nothing
        QLatin1StringView("No keyring daemon"),       // QtKeychain's GnomeKeyring backend
        QLatin1StringView("D-Bus is not running"),    // QtKeychain's KWallet backend
    };
    for (const QLatin1StringView marker : kMarkers) {
        if (errorText.contains(marker)) {
            return true;
        }
    }
    return false;
}

SecretStore::Result resultForKeychainError(QKeychain::Error error, const QString &errorText) {
    using Result = SecretStore::Result;
    switch (error) {
    case QKeychain::NoError:
        return Result::Ok;
    case QKeychain::EntryNotFound:
        return Result::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Result::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Result::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        return Result::Error;
    case QKeychain::OtherError:
        return isNoSecretServiceText(errorText) ? Result::Unavailable : Result::Error;
    }
    return Result::Error;
}

} // namespace corpcare::api::secrets::detail
