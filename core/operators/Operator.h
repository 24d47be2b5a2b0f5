#pragma once

#include <QString>

namespace loyalty {

enum class Role { Owner, Cashier };

// The person using the program (SPEC §8.7). Services check permissions against it.
struct Operator {
    QString name = QStringLiteral("owner");
    Role role = Role::Owner;

    bool isOwner() const { return role == Role::Owner; }
    static Operator owner() { return {}; }
};

} // namespace loyalty
