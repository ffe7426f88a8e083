#pragma once

#include <QLoggingCategory>

// The one logging category of the API client. Enable the HTTP log with
// QT_LOGGING_RULES="corpcare.api.debug=true"; it never carries tokens, passwords or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
