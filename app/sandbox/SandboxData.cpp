#include "SandboxData.h"

#include <QUuid>

#include <array>
#include <climits>
#include <random>

namespace SandboxData {
namespace {

// Creation dates count back from this fixed instant, so they never move.
const QDateTime &referenceDate() {
    static const QDateTime date(QDate(2025, 6, 2), QTime(9, 14, 27, 512), Qt::UTC);
    return date;
}

// A version 4 UUID from the generator: random bits with the version and variant set.
QString uuidV4(std::mt19937 &rng) {
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 word = rng();
        for (int j = 0; j < 4; ++j)
            bytes[i + j] = char((word >> (8 * j)) & 0xff);
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// "r:db w:db" -> permissions; "rw:db" gives both, in read-then-write order.
QList<Permission> parsePermissions(const char *spec) {
    QList<Permission> permissions;
    const QStringList parts = QString::fromLatin1(spec).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QStringView actions = QStringView(part).left(colon);
        const QString resource = part.mid(colon + 1);
        if (actions.contains(QLatin1Char('r')))
            permissions.append({QString(PermissionNames::Read), resource});
        if (actions.contains(QLatin1Char('w')))
            permissions.append({QString(PermissionNames::Write), resource});
    }
    return permissions;
}

constexpr int NoExpiry = INT_MIN;
constexpr int NotRevoked = -1;

struct SeedRow {
    const char *description;
    const char *permissions;
    int createdDaysAgo; // before the reference date
    int expiresInDays;  // relative to now (negative: expired); NoExpiry: never
    int revokedDaysAfterCreation;
};

// clang-format off
constexpr std::array<SeedRow, 40> seedRows{{
    {"Golden_Path_Token",                         "rw:telemetry",                         412, NoExpiry, NotRevoked},
    {"Grafana dashboards (read-only)",            "r:telemetry r:iot_sensors r:web_analytics", 380, NoExpiry, NotRevoked},
    {"Telegraf edge collector",                   "w:iot_sensors",                        365, NoExpiry, NotRevoked},
    {"Telegraf edge collector (old)",             "w:iot_sensors",                        540, NoExpiry, 200},
    {"Billing export nightly job",                "r:billing",                            300, 180, NotRevoked},
    {"Billing ingest service",                    "w:billing",                            299, NoExpiry, NotRevoked},
    {"Admin all databases",                       "rw:*",                                 450, NoExpiry, NotRevoked},
    {"Read everything (auditors)",                "r:*",                                  120, 4, NotRevoked},
    {"Data science notebook",                     "r:telemetry r:billing r:web_analytics", 90, -12, NotRevoked},
    {"CI pipeline integration tests",             "rw:metrics_staging",                   60, 2, NotRevoked},
    {"Load test 2025-03",                         "w:loadtest_2025_03",                   95, -40, NotRevoked},
    {"Prometheus remote write",                   "w:metrics_prod",                       260, NoExpiry, NotRevoked},
    {"Prometheus remote write (rotated)",         "w:metrics_prod",                       600, NoExpiry, 340},
    {"Alerting engine",                           "r:metrics_prod r:app_logs",            210, NoExpiry, NotRevoked},
    {"Log shipper (Vector)",                      "w:app_logs",                           190, 365, NotRevoked},
    {"Log search UI",                             "r:app_logs",                           188, NoExpiry, NotRevoked},
    {"No Access Token",                           "",                                     45, NoExpiry, NotRevoked},
    {"Placeholder for onboarding",                "",                                     30, 6, NotRevoked},
    {"Market data feed handler",                  "w:trading_ticks",                      150, NoExpiry, NotRevoked},
    {"Quant research (read-only)",                "r:trading_ticks r:telemetry",          140, 90, NotRevoked},
    {"Backtesting cluster",                       "rw:trading_ticks",                     130, -3, NotRevoked},
    {"Web analytics collector",                   "w:web_analytics",                      230, NoExpiry, NotRevoked},
    {"Marketing dashboard",                       "r:web_analytics",                      220, NoExpiry, 150},
    {"IoT firmware OTA reporter",                 "w:iot_sensors w:telemetry",            170, 0, NotRevoked},
    {"Factory floor gateway 17",                  "rw:iot_sensors",                       160, NoExpiry, NotRevoked},
    {"Factory floor gateway 18",                  "rw:iot_sensors",                       160, NoExpiry, NotRevoked},
    {"Factory floor gateway 19 (decommissioned)", "rw:iot_sensors",                       160, NoExpiry, 100},
    {"Staging read/write",                        "rw:metrics_staging rw:app_logs",        75, 30, NotRevoked},
    {"Temporary debugging token - delete me",     "rw:*",                                 20, -1, NotRevoked},
    {"Contractor access (expired)",               "r:billing r:telemetry",                200, -60, NotRevoked},
    {"Contractor access (revoked early)",         "r:billing",                            200, -30, 10},
    {"Backup job",                                "r:*",                                  330, NoExpiry, NotRevoked},
    {"Disaster recovery restore",                 "w:*",                                  330, 5, NotRevoked},
    {"Kafka consumer - sensor stream",            "w:iot_sensors w:telemetry w:metrics_prod", 110, NoExpiry, NotRevoked},
    {"Jupyter hub shared",                        "r:telemetry r:iot_sensors r:trading_ticks r:billing", 80, NoExpiry, 40},
    {"Customer success reporting",                "r:billing r:web_analytics",            65, 3, NotRevoked},
    {"Edge cache warmup",                         "r:telemetry r:edge_cache",             15, NoExpiry, NotRevoked},
    {"Mobile app telemetry ingest",               "w:telemetry",                          10, 720, NotRevoked},
    {"Compliance archive writer",                 "rw:billing",                           5, NoExpiry, NotRevoked},
    {"Token with a rather long description that explains in detail which service uses it and who to ask before revoking", "r:app_logs", 2, NoExpiry, NotRevoked},
}};
// clang-format on

// Minute precision, as the portal's date and time pickers give.
QDateTime expiryFrom(const QDateTime &now, qint64 seconds) {
    const QDateTime expiry = now.toUTC().addSecs(seconds);
    return QDateTime(expiry.date(), QTime(expiry.time().hour(), expiry.time().minute()), Qt::UTC);
}

} // namespace

QString accountId() {
    return QStringLiteral("0f5c9a3e-6b1d-4e27-9c84-2d7a51e3b6f0");
}

QString clusterId() {
    return QStringLiteral("a7e2d4c1-39f8-4b56-8e0d-6c1f92b47a35");
}

QList<SandboxDatabase> databases() {
    constexpr qint64 Day = 24LL * 3600 * 1000 * 1000 * 1000;
    return {
        {QStringLiteral("telemetry"), 500, 200, 30 * Day},
        {QStringLiteral("iot_sensors"), 1000, 250, 90 * Day},
        {QStringLiteral("billing"), 100, 200, 0},
        {QStringLiteral("web_analytics"), 500, 200,
         100 * Day}, // ns; beyond ~104 days JSON tools that read numbers as doubles lose precision
        {QStringLiteral("app_logs"), 300, 150, 14 * Day},
        {QStringLiteral("metrics_prod"), 500, 200, 30 * Day},
        {QStringLiteral("metrics_staging"), 200, 200, 7 * Day},
        {QStringLiteral("trading_ticks"), 50, 100, 0},
    };
}

QList<Token> seedTokens(const QDateTime &now) {
    std::mt19937 rng(0x5eed2025u);
    QList<Token> tokens;
    tokens.reserve(qsizetype(seedRows.size()));
    for (const SeedRow &row : seedRows) {
        Token token;
        token.id = uuidV4(rng);
        token.description = QString::fromUtf8(row.description);
        token.permissions = parsePermissions(row.permissions);
        // A varying time of day, so no two tokens share a creation instant.
        token.createdAt =
            referenceDate().addDays(-row.createdDaysAgo).addMSecs(-qint64(rng() % 86'400'000));
        if (row.expiresInDays != NoExpiry)
            token.expiresAt = expiryFrom(now, qint64(row.expiresInDays) * 86400 + 3600);
        if (row.revokedDaysAfterCreation != NotRevoked)
            token.revokedAt =
                token.createdAt.addDays(row.revokedDaysAfterCreation).addSecs(rng() % 36000);
        tokens.append(std::move(token));
    }
    return tokens;
}

QList<Token> generateTokens(int count, quint32 seed, const QDateTime &now) {
    static const std::array<const char *, 16> services{
        "Telegraf",       "Grafana",          "Prometheus",     "Vector",
        "Fluent Bit",     "Kafka consumer",   "Spark job",      "dbt model",
        "Airflow DAG",    "Node-RED flow",    "Home Assistant", "Jenkins",
        "GitHub Actions", "Jupyter notebook", "Superset",       "Edge gateway"};
    static const std::array<const char *, 10> purposes{
        "ingest",    "dashboards", "alerting",   "nightly export", "backfill",
        "read-only", "load test",  "monitoring", "replication",    "ad-hoc analysis"};
    static const std::array<const char *, 6> sites{"eu-west", "us-east", "ap-south",
                                                   "plant 4", "lab",     "staging"};
    const QList<SandboxDatabase> dbs = databases();

    std::mt19937 rng(seed);
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QList<Token> tokens;
    tokens.reserve(count);
    for (int i = 0; i < count; ++i) {
        Token token;
        token.id = uuidV4(rng);
        QString description = QString::fromLatin1(services[rng() % services.size()]) +
                              QLatin1Char(' ') + QLatin1String(purposes[rng() % purposes.size()]);
        switch (rng() % 4) {
        case 0:
            break;
        case 1:
            description += QStringLiteral(" #%1").arg(i + 1);
            break;
        case 2:
            description += QStringLiteral(" (%1)").arg(QLatin1String(sites[rng() % sites.size()]));
            break;
        default:
            description += QStringLiteral(" - owned by team %1, ticket OPS-%2, rotate quarterly")
                               .arg(QLatin1String(sites[rng() % sites.size()]))
                               .arg(1000 + rng() % 9000);
            break;
        }
        token.description = description;

        const int permissionCount = 1 + int(rng() % 3);
        for (int p = 0; p < permissionCount; ++p) {
            const quint32 pick = rng() % (dbs.size() + 1);
            const QString resource = pick == quint32(dbs.size())
                                         ? QString(PermissionNames::AllDatabases)
                                         : dbs[pick].name;
            const QString action =
                rng() % 2 ? QString(PermissionNames::Read) : QString(PermissionNames::Write);
            const Permission permission{action, resource};
            if (!token.permissions.contains(permission))
                token.permissions.append(permission);
        }

        // Up to three years before the reference date, to the millisecond.
        token.createdAt = referenceDate().addMSecs(-qint64(rng() % (3u * 365 * 86400)) * 1000 -
                                                   qint64(rng() % 1000));
        const quint32 fate = rng() % 100;
        if (fate < 10)
            token.revokedAt = token.createdAt.addSecs(qint64(rng() % (90u * 86400)));
        else if (fate < 15)
            token.expiresAt = QDateTime::fromSecsSinceEpoch(
                nowSecs - 3600 - qint64(rng() % (60u * 86400)), Qt::UTC);
        else if (fate < 20)
            token.expiresAt = QDateTime::fromSecsSinceEpoch(
                nowSecs + 3600 + qint64(rng() % (6u * 86400)), Qt::UTC);
        else if (fate < 40)
            token.expiresAt = QDateTime::fromSecsSinceEpoch(
                nowSecs + qint64(rng() % (365u * 86400)) + 30 * 86400, Qt::UTC);
        tokens.append(std::move(token));
    }
    return tokens;
}

} // namespace SandboxData
