#pragma once

// What must hold for any bytes read as influxctl's config.toml, whatever the bytes are.
// Shared by the libFuzzer target (which aborts on a violation) and tst_configtomlfuzzinputs
// (which replays the corpus and every kept input under ctest).

#include "InfluxctlConfig.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ConfigTomlInvariants {

inline QStringList check(const QByteArray &text) {
    QStringList violations;
    const QString path = QStringLiteral("/fuzz/config.toml");
    const InfluxctlConfig config = parseInfluxctlConfig(text, path);

    if (config.ok()) {
        if (!config.errorText().isEmpty())
            violations.append(QStringLiteral("an error text for a file that parsed"));
    } else {
        // A broken file says where and why, and lists nothing.
        if (!config.profiles.isEmpty())
            violations.append(QStringLiteral("profiles listed from a file that did not parse"));
        if (!config.errorText().startsWith(path))
            violations.append(QStringLiteral("the error does not name the file: ") +
                              config.errorText());
        if (config.errorLine < 0 || config.errorColumn < 0)
            violations.append(QStringLiteral("a negative error position"));
    }

    for (const InfluxctlProfile &profile : config.profiles) {
        if (profile.line < 1)
            violations.append(QStringLiteral("a profile without its line"));
        // The profile a name finds is one of that name.
        const InfluxctlProfile *found = config.profile(profile.name);
        if (!found || found->name != profile.name)
            violations.append(QStringLiteral("profile(\"%1\") does not find it").arg(profile.name));
    }
    if (const InfluxctlProfile *chosen = config.defaultProfile();
        chosen && chosen->name != QLatin1String("default"))
        violations.append(QStringLiteral("the default profile is not named default"));

    QString problem;
    const InfluxctlProfile *chosen = chooseProfile(config, QStringLiteral("no such profile"), &problem);
    if (chosen || problem.isEmpty())
        violations.append(QStringLiteral("a missing --profile was not reported"));

    // The same bytes read the same way twice.
    const InfluxctlConfig again = parseInfluxctlConfig(text, path);
    if (again.profiles.size() != config.profiles.size() || again.error != config.error ||
        again.warnings != config.warnings)
        violations.append(QStringLiteral("two reads of the same bytes differ"));
    return violations;
}

} // namespace ConfigTomlInvariants
