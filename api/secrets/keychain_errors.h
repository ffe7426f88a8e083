#pragma once

#include "api/secrets/secret_store.h"

#include <qt6keychain/keychain.h>

namespace corpcare::api::secrets::detail {

// QKeychain's error code and text -> our Result. QtKeychain reports "no secret service" on Linux as
// OtherError with a GLib/D-Bus message (libsecret gives no code for it), so those messages are
// recognised by their D-Bus error names and GIO connection failures and answer Unavailable.
SecretStore::Result resultForKeychainError(QKeychain::Error error, const QString &errorText);

// True for an error text that says the secret service or the session bus is not there.
bool isNoSecretServiceText(const QString &errorText);

} // namespace corpcare::api::secrets::detail
