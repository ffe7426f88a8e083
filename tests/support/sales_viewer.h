#pragma once

// The view-only user of Sales (the demo's department 3) that the access tests create through the API:
// login viewer.sales, the demo password.
#include <QJsonArray>
#include <QJsonObject>

namespace corpcare::tests {

inline QJsonObject salesViewer() {
    return {{QStringLiteral("login"), QStringLiteral("viewer.sales")},
            {QStringLiteral("name"), QStringLiteral("Viewer of Sales")},
            {QStringLiteral("role"), QStringLiteral("viewer")},
            {QStringLiteral("scope"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("3")},
                                    {QStringLiteral("@referredType"), QStringLiteral("Organization")}}}},
            {QStringLiteral("password"), QStringLiteral("corpcare-demo")}};
}

} // namespace corpcare::tests
