#include "AboutDialog.h"

#include "Look.h"
#include "TokenAdminVersion.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// A label showing a value: a screen reader reads its text, which is also its name.
QLabel *valueLabel(QWidget *parent, const QString &objectName, const QString &text) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAccessibleName(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Token Admin"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/token-admin.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *heading = valueLabel(this, QStringLiteral("aboutName"), tr("Token Admin"));
    Look::makeHeading(heading);
    auto *version = valueLabel(this, QStringLiteral("aboutVersion"),
                               tr("Version %1").arg(QLatin1String(TokenAdminVersion)));
    auto *summary = valueLabel(
        this, QStringLiteral("aboutSummary"),
        tr("Manages the database tokens of InfluxDB 3 Cloud Dedicated and Clustered clusters "
           "through their Management API."));
    auto *qt = valueLabel(this, QStringLiteral("aboutQtVersion"),
                          tr("Uses Qt %1 (built with Qt %2).")
                              .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    auto *licence = valueLabel(
        this, QStringLiteral("aboutLicence"),
        tr("Licensed under the Apache License, Version 2.0 (Apache-2.0). You may obtain a copy "
           "of the License at https://www.apache.org/licenses/LICENSE-2.0; this program is "
           "distributed on an “as is” basis, without warranties or conditions of any kind."));

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(version);
    text->addSpacing(8);
    text->addWidget(summary);
    text->addWidget(qt);
    text->addWidget(licence);
    text->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addSpacing(12);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    close->setFocus();
}
