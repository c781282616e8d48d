#include "SandboxFault.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

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
    {SandboxFault::Kind::CloseBeforeAnswer, "close-before-answer"},
    {SandboxFault::Kind::RedirectAway, "redirect-away"},
    {SandboxFault::Kind::RetryAfter, "retry-after"},
    {SandboxFault::Kind::EchoAuthorization, "echo-authorization"},
};

} // namespace

bool SandboxFault::matches(const QByteArray &requestMethod, const QString &encodedPath) const {
    if (count == 0)
        return false;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    return path.pattern().isEmpty() || path.match(encodedPath).hasMatch();
}

QString SandboxFault::kindName(Kind kind) {
    for (const KindName &entry : KindNames)
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    return {};
}

namespace {

// Reads one fault object strictly: every key known and meant for its kind, every value of
// the right type and range. A plan that says something the sandbox would not do is refused,
// never half-applied.
class FaultReader {
public:
    FaultReader(const QJsonObject &item, qsizetype index)
        : m_item(item)
        , m_where(QStringLiteral("faults[%1]").arg(index)) {}

    QString error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }

    // Keys this fault may have; any other is an error that names it.
    void allowOnly(const QStringList &keys) {
        for (auto it = m_item.begin(); ok() && it != m_item.end(); ++it) {
            if (!keys.contains(it.key()))
                fail(it.key(), QStringLiteral("unknown key, or one that does not apply to this "
                                              "kind (allowed: %1)")
                                   .arg(keys.join(QLatin1String(", "))));
        }
    }

    QString string(const QString &key, const QString &fallback = {}) {
        const QJsonValue value = m_item.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isString())
            fail(key, QStringLiteral("expected a string"));
        return value.toString();
    }

    bool boolean(const QString &key, bool fallback) {
        const QJsonValue value = m_item.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(key, QStringLiteral("expected true or false"));
        return value.toBool();
    }

    double number(const QString &key, double fallback, double minimum, double maximum) {
        const QJsonValue value = m_item.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > maximum)
            fail(key, QStringLiteral("expected a number from %1 to %2").arg(minimum).arg(maximum));
        return value.toDouble();
    }

    qint64 integer(const QString &key, qint64 fallback, qint64 minimum, qint64 maximum) {
        const QJsonValue value = m_item.value(key);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number) || number < double(minimum) ||
            number > double(maximum))
            fail(key,
                 QStringLiteral("expected a whole number from %1 to %2").arg(minimum).arg(maximum));
        return qint64(number);
    }

    void fail(const QString &key, const QString &problem) {
        if (ok())
            m_error = QStringLiteral("%1.%2: %3").arg(m_where, key, problem);
    }

private:
    QJsonObject m_item;
    QString m_where;
    QString m_error;
};

// The keys each kind takes besides kind, method, path and count.
QStringList kindKeys(SandboxFault::Kind kind) {
    using Kind = SandboxFault::Kind;
    switch (kind) {
    case Kind::Delay:
        return {QStringLiteral("delaySeconds")};
    case Kind::Status:
        return {QStringLiteral("status"), QStringLiteral("withErrorBody")};
    case Kind::WrongShape:
    case Kind::EchoAuthorization:
        return {QStringLiteral("status"), QStringLiteral("body")};
    case Kind::RetryAfter:
        return {QStringLiteral("status"), QStringLiteral("retryAfterSeconds")};
    case Kind::TruncatedBody:
    case Kind::CloseMidBody:
        return {QStringLiteral("body")};
    case Kind::HugeBody:
        return {QStringLiteral("bytes"), QStringLiteral("body"), QStringLiteral("streamed")};
    case Kind::NotJson:
    case Kind::HtmlPage:
    case Kind::NoAnswer:
    case Kind::CloseBeforeAnswer:
    case Kind::RedirectAway:
        break;
    }
    return {};
}

QByteArray compactJson(const QJsonValue &value) {
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // A scalar, e.g. null: written as it is.
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

} // namespace

bool SandboxFault::listFromJson(const QByteArray &json, QList<SandboxFault> *faults,
                                QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("expected an object {\"faults\": [...]}, not %1")
                     .arg(document.isArray() ? QStringLiteral("an array")
                                             : QStringLiteral("a bare value"));
        return false;
    }
    const QJsonObject top = document.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (it.key() != QLatin1String("faults")) {
            *error =
                QStringLiteral("unknown key \"%1\" (the only key is \"faults\")").arg(it.key());
            return false;
        }
    }
    if (!top.value(QLatin1String("faults")).isArray()) {
        *error = top.contains(QLatin1String("faults"))
                     ? QStringLiteral("\"faults\": expected an array of fault objects")
                     : QStringLiteral("no \"faults\" key: a plan is {\"faults\": [...]}");
        return false;
    }
    const QJsonArray items = top.value(QLatin1String("faults")).toArray();
    QList<SandboxFault> parsed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            *error = QStringLiteral("faults[%1]: expected an object").arg(i);
            return false;
        }
        const QJsonObject item = items.at(i).toObject();
        FaultReader reader(item, i);
        SandboxFault fault;
        const QString kind = reader.string(QStringLiteral("kind"));
        bool known = false;
        for (const KindName &entry : KindNames) {
            if (kind == QLatin1String(entry.name)) {
                fault.kind = entry.kind;
                known = true;
            }
        }
        if (reader.ok() && !known) {
            QStringList names;
            for (const KindName &entry : KindNames)
                names.append(QString::fromLatin1(entry.name));
            reader.fail(
                QStringLiteral("kind"),
                item.contains(QLatin1String("kind"))
                    ? QStringLiteral("unknown kind \"%1\" (kinds: %2)")
                          .arg(kind, names.join(QLatin1String(", ")))
                    : QStringLiteral("missing (kinds: %1)").arg(names.join(QLatin1String(", "))));
        }
        if (reader.ok())
            reader.allowOnly(QStringList{QStringLiteral("kind"), QStringLiteral("method"),
                                         QStringLiteral("path"), QStringLiteral("count")} +
                             kindKeys(fault.kind));

        fault.method = reader.string(QStringLiteral("method")).toUpper().toLatin1();
        static const QList<QByteArray> methods{"GET", "POST", "PATCH",  "DELETE",
                                               "PUT", "HEAD", "OPTIONS"};
        if (!fault.method.isEmpty() && !methods.contains(fault.method))
            reader.fail(QStringLiteral("method"),
                        QStringLiteral("expected GET, POST, PATCH, DELETE, PUT, HEAD or OPTIONS"));
        fault.path = QRegularExpression(reader.string(QStringLiteral("path")));
        if (!fault.path.isValid())
            reader.fail(QStringLiteral("path"), fault.path.errorString());
        fault.count = int(reader.integer(QStringLiteral("count"), -1, 1, 1'000'000'000));

        const int defaultStatus = fault.kind == Kind::WrongShape          ? 200
                                  : fault.kind == Kind::RetryAfter        ? 503
                                  : fault.kind == Kind::EchoAuthorization ? 400
                                                                          : 500;
        fault.status = int(reader.integer(QStringLiteral("status"), defaultStatus, 100, 599));
        if (fault.kind == Kind::RetryAfter && fault.status != 429 && fault.status != 503)
            reader.fail(QStringLiteral("status"), QStringLiteral("retry-after answers 429 or 503"));
        fault.withErrorBody = reader.boolean(QStringLiteral("withErrorBody"), true);
        fault.delay = std::chrono::milliseconds(
            qint64(reader.number(QStringLiteral("delaySeconds"), 0, 0, 600) * 1000));
        fault.retryAfterSeconds =
            int(reader.integer(QStringLiteral("retryAfterSeconds"), 0, 0, 86400));
        fault.hugeBodyBytes = reader.integer(QStringLiteral("bytes"), fault.hugeBodyBytes, 1,
                                             16LL * 1024 * 1024 * 1024);
        fault.streamed = reader.boolean(QStringLiteral("streamed"), false);
        if (item.contains(QLatin1String("body")))
            fault.body = compactJson(item.value(QLatin1String("body")));
        if (!reader.ok()) {
            *error = reader.error();
            return false;
        }
        parsed.append(fault);
    }
    *faults = parsed;
    return true;
}
