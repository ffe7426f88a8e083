#pragma once

#include <QString>

namespace corpcare::domain {

// A reference to another resource as the profile writes it: id, name, and the kind it points to.
struct Ref {
    QString id;
    QString name; // may be empty
    bool isNull() const { return id.isEmpty(); }
    bool operator==(const Ref &) const = default;
};

enum class OrganizationType { Company, Department };

// TMF632 organization: the company (root) or one of its departments.
struct Organization {
    QString id;
    QString name;
    OrganizationType type = OrganizationType::Department;
    Ref parent; // empty for the company
    bool operator==(const Organization &) const = default;
};

// TMF632 individual: an employee who uses a line.
struct Individual {
    QString id;
    QString givenName;
    QString familyName;
    Ref employer; // the department
    QString fullName() const { return givenName + QLatin1Char(' ') + familyName; }
    bool operator==(const Individual &) const = default;
};

} // namespace corpcare::domain
