#include "SandboxFault.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

struct KindName {
    SandboxFault::Kind kind;
    const char *name;
};

constexpr KindName KindNames[] = {
    {SandboxFault::Kind::Delay, "delay"},
    {SandboxFault::Kind::Status, "status"},
    {SandboxFault::Kind::TruncatedBody, "truncated-body"},
    {SandboxFault::Kind::NotJson, "not-json"},
    {SandboxFault::Kind::WrongShape, "wrong-shape"},
    {SandboxFault::Kind::HtmlPage, "html-page"},
    {SandboxFault::Kind::HugeBody, "huge-body"},
    {SandboxFault::Kind::CloseMidBody, "close-mid-body"},
    {SandboxFault::Kind::NoAnswer, "no-answer"},
    {SandboxFault::Kind::RedirectAway, "redirect-away"},
    {SandboxFault::Kind::RetryAfter, "retry-after"},
};

} // namespace

bool SandboxFault::matches(const QByteArray &requestMethod, const QString &encodedPath) const
{
    if (count == 0)
        return false;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    return path.pattern().isEmpty() || path.match(encodedPath).hasMatch();
}

QString SandboxFault::kindName(Kind kind)
{
    for (const KindName &entry : KindNames)
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    return {};
}

bool SandboxFault::listFromJson(const QByteArray &json, QList<SandboxFault> *faults,
                                QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonArray items = document.object().value(QLatin1String("faults")).toArray();
    QList<SandboxFault> parsed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        SandboxFault fault;
        const QString kind = item.value(QLatin1String("kind")).toString();
        bool known = false;
        for (const KindName &entry : KindNames) {
            if (kind == QLatin1String(entry.name)) {
                fault.kind = entry.kind;
                known = true;
            }
        }
        if (!known) {
            *error = QStringLiteral("faults[%1].kind: unknown kind \"%2\"").arg(i).arg(kind);
            return false;
        }
        fault.method = item.value(QLatin1String("method")).toString().toUpper().toLatin1();
        fault.path = QRegularExpression(item.value(QLatin1String("path")).toString());
        if (!fault.path.isValid()) {
            *error = QStringLiteral("faults[%1].path: %2").arg(i).arg(fault.path.errorString());
            return false;
        }
        fault.count = item.value(QLatin1String("count")).toInt(-1);
        fault.status = item.value(QLatin1String("status")).toInt(
            fault.kind == Kind::WrongShape ? 200 : (fault.kind == Kind::RetryAfter ? 503 : 500));
        fault.withErrorBody = item.value(QLatin1String("withErrorBody")).toBool(true);
        fault.delay = std::chrono::milliseconds(
            qint64(item.value(QLatin1String("delaySeconds")).toDouble(0) * 1000));
        fault.retryAfterSeconds = item.value(QLatin1String("retryAfterSeconds")).toInt(0);
        const QJsonValue body = item.value(QLatin1String("body"));
        if (body.isArray())
            fault.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        else if (body.isObject())
            fault.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (!body.isUndefined()) // a scalar: written as it is, e.g. null
            fault.body = QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        parsed.append(fault);
    }
    *faults = parsed;
    return true;
}
