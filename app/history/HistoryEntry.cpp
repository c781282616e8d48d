#include "HistoryEntry.h"

#include "TokenJson.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace {

using Operation = HistoryEntry::Operation;
using Outcome = HistoryEntry::Outcome;

constexpr std::array<std::pair<Operation, QLatin1StringView>, 7> OperationNames{{
    {Operation::Create, QLatin1StringView("create")},
    {Operation::Edit, QLatin1StringView("edit")},
    {Operation::Revoke, QLatin1StringView("revoke")},
    {Operation::Disable, QLatin1StringView("disable")},
    {Operation::Reenable, QLatin1StringView("re-enable")},
    {Operation::RotateCreate, QLatin1StringView("rotate-create")},
    {Operation::RotateRevoke, QLatin1StringView("rotate-revoke")},
}};

constexpr std::array<std::pair<Outcome, QLatin1StringView>, 4> OutcomeNames{{
    {Outcome::Pending, QLatin1StringView("pending")},
    {Outcome::Confirmed, QLatin1StringView("confirmed")},
    {Outcome::Failed, QLatin1StringView("failed")},
    {Outcome::Unknown, QLatin1StringView("unknown")},
}};

} // namespace

QString historyOperationName(HistoryEntry::Operation operation) {
    for (const auto &[value, name] : OperationNames)
        if (value == operation)
            return name;
    return {};
}

std::optional<HistoryEntry::Operation> historyOperationFromName(const QString &name) {
    for (const auto &[value, known] : OperationNames)
        if (known == name)
            return value;
    return std::nullopt;
}

QString historyOutcomeName(HistoryEntry::Outcome outcome) {
    for (const auto &[value, name] : OutcomeNames)
        if (value == outcome)
            return name;
    return {};
}

std::optional<HistoryEntry::Outcome> historyOutcomeFromName(const QString &name) {
    for (const auto &[value, known] : OutcomeNames)
        if (known == name)
            return value;
    return std::nullopt;
}

QString permissionsToJson(const QList<Permission> &permissions) {
    QJsonArray array;
    for (const Permission &permission : permissions)
        array.append(TokenJson::encodePermission(permission));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString operatingSystemUser() {
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}
