#include "chartpanel.h"

#include "models/interchange/csvwriter.h"
#include "prompter.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

ChartPanel::ChartPanel(ObservatoryCharts::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new ObservatoryTableModel(kind, this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_table(new QTableView(this))
    , m_caption(new QLabel(this))
    , m_tableButton(new QToolButton(this))
{
    const QString name = QStringLiteral("chartPanel%1").arg(int(kind));
    setObjectName(name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(ObservatoryTableModel::title(kind).toHtmlEscaped()), this);
    bar->addWidget(title, 1);
    m_tableButton->setObjectName(name + QStringLiteral("_table"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the numbers of the chart as a table"));
    m_tableButton->setCheckable(true);
    bar->addWidget(m_tableButton);
    auto *copy = new QToolButton(this);
    copy->setObjectName(name + QStringLiteral("_copy"));
    copy->setText(tr("Copy"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    copy->setToolTip(tr("Copy the table, to paste it into a spreadsheet"));
    bar->addWidget(copy);
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(name + QStringLiteral("_export"));
    exportButton->setText(tr("Export…"));
    exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    exportButton->setToolTip(tr("Save the chart as PNG, SVG or PDF, or its numbers as CSV"));
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_view->setObjectName(name + QStringLiteral("_view"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_table->setObjectName(name + QStringLiteral("_tableView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_table->setToolTip(tr("Double-click a row to open its actors in the directory"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);
    m_caption->setObjectName(name + QStringLiteral("_caption"));
    m_caption->setWordWrap(true);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    layout->addWidget(m_caption);

    connect(m_tableButton, &QToolButton::toggled, this, &ChartPanel::setTableShown);
    connect(copy, &QToolButton::clicked, this, [this] {
        copyToClipboard();
        emit statusMessage(tr("The table “%1” is on the clipboard.").arg(ObservatoryTableModel::title(m_kind)));
    });
    connect(exportButton, &QToolButton::clicked, this, &ChartPanel::exportDialog);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QList<qint64> ids = index.siblingAtColumn(0).data(ObservatoryTableModel::ActorIdsRole).value<QList<qint64>>();
        if (ids.isEmpty())
            return;
        QList<qint32> out;
        for (qint64 id : ids)
            out << qint32(id);
        emit drillDownRequested(out, index.siblingAtColumn(0).data().toString());
    });
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::setStats(const ObservatoryStats &stats)
{
    m_model->setStats(stats);
    QChart *old = m_view->chart();
    QChart *chart = ObservatoryCharts::create(m_kind, stats, ObservatoryCharts::Style{}, [this](const QList<qint32> &ids, const QString &label) {
        emit drillDownRequested(ids, label);
    });
    // The panel's own title bar names the chart.
    chart->setTitle(QString());
    m_view->setChart(chart);
    delete old;
    m_caption->setText(ObservatoryCharts::caption(m_kind, stats));
}

void ChartPanel::setTableShown(bool shown)
{
    m_tableButton->setChecked(shown);
    m_stack->setCurrentWidget(shown ? static_cast<QWidget *>(m_table) : m_view);
}

void ChartPanel::render(QPainter *painter, const QRectF &target) const
{
    // A chart never shown renders blank: give it a view, a size and one
    // layout pass before drawing it.
    QChartView view;
    view.setRenderHint(QPainter::Antialiasing);
    view.setChart(ObservatoryCharts::create(m_kind, m_model->stats(), ObservatoryCharts::Style{}));
    const QString caption = ObservatoryCharts::caption(m_kind, m_model->stats());
    const QFontMetricsF metrics(painter->font());
    const double captionHeight = caption.isEmpty() ? 0 : metrics.height() * 3;
    const QRectF chartRect(target.topLeft(), QSizeF(target.width(), target.height() - captionHeight));
    // Laid out at a screen size, then scaled to the target: fonts keep their
    // proportion to the chart on a 150 dpi page as on a 1600-pixel image.
    const QSize logical(1000, std::max(300, int(1000.0 * chartRect.height() / std::max(1.0, chartRect.width()))));
    view.resize(logical);
    view.chart()->resize(logical);
    QCoreApplication::processEvents();
    view.render(painter, chartRect, QRect(QPoint(0, 0), logical), Qt::IgnoreAspectRatio);
    if (!caption.isEmpty())
        painter->drawText(QRectF(target.left(), chartRect.bottom(), target.width(), captionHeight), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                          caption);
}

bool ChartPanel::exportTo(const QString &path)
{
    m_error.clear();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString title = ObservatoryTableModel::title(m_kind);
    if (suffix == QLatin1String("csv")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            m_error = tr("“%1” cannot be written (%2). Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        CsvWriter writer(&file, CsvWriter::Flavour::ExcelFrench);
        for (const QStringList &row : m_model->rowsForExport(false))
            writer.writeRecord(row);
        if (!file.commit()) {
            m_error = tr("“%1” cannot be written (%2). Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("png")) {
        QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            QFont font = painter.font();
            font.setPixelSize(18);
            painter.setFont(font);
            render(&painter, QRectF(20, 20, 1560, 960));
        }
        if (!image.save(path, "PNG")) {
            m_error = tr("“%1” cannot be written. Choose another folder.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(QSize(1200, 750));
        generator.setViewBox(QRect(0, 0, 1200, 750));
        generator.setTitle(title);
        {
            QPainter painter;
            if (!painter.begin(&generator)) {
                m_error = tr("“%1” cannot be written. Choose another folder.").arg(QDir::toNativeSeparators(path));
                return false;
            }
            render(&painter, QRectF(10, 10, 1180, 730));
        }
        return QFileInfo::exists(path);
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Essaim"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        QPainter painter;
        if (!painter.begin(&writer)) {
            m_error = tr("“%1” cannot be written. Choose another folder.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        render(&painter, QRectF(0, 0, page.width(), page.height()));
        painter.end();
        return true;
    }
    m_error = tr("“%1” has no known ending: use .png, .svg, .pdf or .csv.").arg(QFileInfo(path).fileName());
    return false;
}

void ChartPanel::exportDialog()
{
    QSettings settings;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    const QString csv = tr("CSV for French Excel (*.csv)");
    QString chosen = png;
    const QString dir = settings.value(QStringLiteral("export/lastDir"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString suggested = QDir(dir).filePath(ObservatoryTableModel::title(m_kind) + QStringLiteral(".png"));
    QString path = Prompter::saveFileName(this, tr("Export the chart"), suggested, QStringList{png, svg, pdf, csv}.join(QLatin1String(";;")), &chosen);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosen == svg ? QStringLiteral(".svg") : chosen == pdf ? QStringLiteral(".pdf") : chosen == csv ? QStringLiteral(".csv") : QStringLiteral(".png");
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    if (!exportTo(path)) {
        Prompter::warning(this, tr("Export failed"), m_error);
        return;
    }
    emit statusMessage(tr("Chart exported to “%1”.").arg(QDir::toNativeSeparators(path)));
}

void ChartPanel::copyToClipboard() const
{
    const QList<QStringList> rows = m_model->rowsForExport(true);
    QString text;
    QString html = QStringLiteral("<table>");
    for (int r = 0; r < rows.size(); ++r) {
        text += rows.at(r).join(QLatin1Char('\t')) + QLatin1Char('\n');
        html += QStringLiteral("<tr>");
        for (const QString &cell : rows.at(r))
            html += (r == 0 ? QStringLiteral("<th>%1</th>") : QStringLiteral("<td>%1</td>")).arg(cell.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setHtml(html);
    QApplication::clipboard()->setMimeData(mime);
}
