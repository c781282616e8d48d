#include "QuickFilterBar.h"

#include "DatabaseAccessModel.h"
#include "TokenFilterModel.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolButton>

QuickFilterBar::QuickFilterBar(TokenFilterModel *view, DatabaseAccessModel *databases,
                               QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_databases(databases) {
    setObjectName(QStringLiteral("quickFilterBar"));
    // One row while everything fits; otherwise the database filters go below the chips, so
    // that the chips (longer in German and French) stay whole at the first window's size.
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(8);
    m_layout->setVerticalSpacing(4);
    // The chips scroll sideways in a narrow window rather than widen it past the screen.
    auto *chips = new QWidget;
    auto *chipsLayout = new QHBoxLayout(chips);
    chipsLayout->setContentsMargins(0, 0, 0, 0);
    chipsLayout->setSpacing(4);
    m_chipsArea = new QScrollArea(this);
    m_chipsArea->setObjectName(QStringLiteral("quickFilterChips"));
    m_chipsArea->setFrameShape(QFrame::NoFrame);
    m_chipsArea->setWidgetResizable(true);
    m_chipsArea->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chipsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_chipsArea->setFocusPolicy(Qt::NoFocus);
    m_chipsArea->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_chipsArea->setWidget(chips);
    m_chipsArea->installEventFilter(this); // its own width decides whether it scrolls
    m_layout->addWidget(m_chipsArea, 0, 0);
    m_layout->setColumnStretch(0, 1);
    for (int i = 0; i < TokenFilter::QuickFilterCount; ++i) {
        const TokenFilter::QuickFilter filter = TokenFilter::AllQuickFilters[i];
        auto *chip = new QToolButton(this);
        chip->setCheckable(true);
        chip->setAutoRaise(false);
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setObjectName(QStringLiteral("quickFilter%1").arg(i));
        connect(chip, &QToolButton::toggled, this, [this] {
            m_view->setQuickFilters(chosen());
            Q_EMIT changed();
        });
        m_chips[size_t(i)] = chip;
        chipsLayout->addWidget(chip);
        // Status chips, then flag chips: a little room between the two groups.
        if (filter == TokenFilter::QuickFilter::Revoked)
            chipsLayout->addSpacing(10);
    }
    chipsLayout->addStretch(1);

    m_databaseRow = new QWidget(this);
    m_database = new QComboBox(m_databaseRow);
    m_database->setObjectName(QStringLiteral("databaseFilter"));
    m_database->setAccessibleName(tr("Database"));
    m_database->setToolTip(tr("Only tokens that can reach this database, \"*\" permissions "
                              "included"));
    m_database->setEditable(true);
    m_database->setInsertPolicy(QComboBox::NoInsert);
    m_database->setMinimumContentsLength(14);
    m_database->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_database->lineEdit()->setPlaceholderText(tr("Any database"));
    m_database->lineEdit()->setAccessibleName(tr("Database"));
    m_database->lineEdit()->setClearButtonEnabled(true);
    for (QToolButton *clear : m_database->lineEdit()->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear database filter"));
    m_database->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_database->completer()->setFilterMode(Qt::MatchContains);
    m_database->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *databaseLabel = new QLabel(tr("&Database:"), m_databaseRow);
    databaseLabel->setBuddy(m_database);
    connect(m_database, &QComboBox::currentTextChanged, this, [this] {
        applyDatabase();
        Q_EMIT changed();
    });

    m_access = new QComboBox(m_databaseRow);
    m_access->setObjectName(QStringLiteral("accessFilter"));
    m_access->setAccessibleName(tr("Access"));
    m_access->addItem(tr("Any access"), int(TokenFilter::Access::Any));
    m_access->addItem(tr("Can read"), int(TokenFilter::Access::Read));
    m_access->addItem(tr("Can write"), int(TokenFilter::Access::Write));
    connect(m_access, &QComboBox::currentIndexChanged, this, [this] {
        applyDatabase();
        Q_EMIT changed();
    });
    auto *databaseLayout = new QHBoxLayout(m_databaseRow);
    databaseLayout->setContentsMargins(0, 0, 0, 0);
    databaseLayout->setSpacing(8);
    databaseLayout->addWidget(databaseLabel);
    databaseLayout->addWidget(m_database);
    databaseLayout->addWidget(m_access);
    m_layout->addWidget(m_databaseRow, 0, 1);

    connect(view, &TokenFilterModel::countsChanged, this, &QuickFilterBar::updateCounts);
    connect(databases, &QAbstractItemModel::modelReset, this,
            &QuickFilterBar::updateDatabaseChoices);
    updateCounts();
    updateDatabaseChoices();
}

TokenFilter::QuickFilters QuickFilterBar::chosen() const {
    TokenFilter::QuickFilters filters;
    for (int i = 0; i < TokenFilter::QuickFilterCount; ++i) {
        if (m_chips[size_t(i)]->isChecked())
            filters |= TokenFilter::AllQuickFilters[i];
    }
    return filters;
}

void QuickFilterBar::setChosen(TokenFilter::QuickFilters filters) {
    for (int i = 0; i < TokenFilter::QuickFilterCount; ++i) {
        const QSignalBlocker blocker(m_chips[size_t(i)]);
        m_chips[size_t(i)]->setChecked(filters.testFlag(TokenFilter::AllQuickFilters[i]));
    }
    m_view->setQuickFilters(filters);
}

QString QuickFilterBar::database() const {
    return m_database->currentText().trimmed();
}

TokenFilter::Access QuickFilterBar::access() const {
    return TokenFilter::Access(m_access->currentData().toInt());
}

void QuickFilterBar::setDatabase(const QString &database, TokenFilter::Access access) {
    {
        const QSignalBlocker blockDatabase(m_database);
        const QSignalBlocker blockAccess(m_access);
        m_database->setEditText(database);
        m_access->setCurrentIndex(m_access->findData(int(access)));
    }
    applyDatabase();
}

QToolButton *QuickFilterBar::chip(TokenFilter::QuickFilter filter) const {
    return m_chips[size_t(TokenFilter::quickFilterIndex(filter))];
}

void QuickFilterBar::applyDatabase() {
    m_view->setDatabaseFilter(database(), access());
}

bool QuickFilterBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_chipsArea && event->type() == QEvent::Resize)
        fitChipsHeight();
    return QWidget::eventFilter(watched, event);
}

void QuickFilterBar::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    arrangeRows();
}

void QuickFilterBar::arrangeRows() {
    const int oneRow = m_chipsArea->widget()->minimumSizeHint().width() +
                       m_layout->horizontalSpacing() + m_databaseRow->sizeHint().width();
    const bool twoRows = oneRow > width();
    if (twoRows == m_twoRows)
        return;
    m_twoRows = twoRows;
    m_layout->removeWidget(m_databaseRow);
    if (twoRows)
        m_layout->addWidget(m_databaseRow, 1, 0, Qt::AlignLeft);
    else
        m_layout->addWidget(m_databaseRow, 0, 1);
}

void QuickFilterBar::fitChipsHeight() {
    // Room for the scroll bar only while the chips do not fit.
    const int chips = m_chipsArea->widget()->sizeHint().height();
    const bool scrolls = m_chipsArea->widget()->minimumSizeHint().width() > m_chipsArea->width();
    m_chipsArea->setFixedHeight(
        chips + (scrolls ? m_chipsArea->horizontalScrollBar()->sizeHint().height() : 0));
}

void QuickFilterBar::updateCounts() {
    const auto &counts = m_view->quickFilterCounts();
    for (int i = 0; i < TokenFilter::QuickFilterCount; ++i) {
        const TokenFilter::QuickFilter filter = TokenFilter::AllQuickFilters[i];
        QToolButton *chip = m_chips[size_t(i)];
        const QString name = TokenFilter::quickFilterText(filter);
        chip->setText(tr("%1  %L2").arg(name).arg(counts[size_t(i)]));
        chip->setAccessibleName(tr("%1: %n token(s)", nullptr, counts[size_t(i)]).arg(name));
        chip->setToolTip(TokenFilter::StatusQuickFilters.testFlag(filter)
                             ? tr("Show tokens with this status (other status chips add theirs)")
                             : tr("Show only tokens with this flag (with other flag chips: "
                                  "only tokens with all of them)"));
    }
    arrangeRows(); // the counts change the chips' width
    fitChipsHeight();
}

void QuickFilterBar::updateDatabaseChoices() {
    const QString typed = m_database->currentText();
    const QSignalBlocker blocker(m_database);
    m_database->clear();
    m_database->addItems(m_databases->databases());
    m_database->setEditText(typed);
}
