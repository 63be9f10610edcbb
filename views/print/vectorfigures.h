#pragma once

#include <QHash>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QTextObjectInterface>

#include <functional>

class QPainter;
class QTextDocument;

/// Figures (charts, diagrams) that a printed document's HTML places as
/// images named "essaim:figure/NAME", drawn at print time with the page's
/// own painter, so the PDF holds vector paths and real text instead of a
/// bitmap. A figure is one text object: it never splits across two pages,
/// so a figure that draws its own title and caption keeps them together.
class VectorFigures : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Painter = std::function<void(QPainter *painter, const QRectF &rect)>;

    explicit VectorFigures(QObject *parent = nullptr);

    /// The URL the HTML gives as the image's src for @p name.
    static QString source(const QString &name);
    void add(const QString &name, const Painter &painter);

    /// Swaps each known figure's image in @p document for the vector
    /// object, at the size the HTML gave (CSS pixels).
    void install(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position, const QTextFormat &format) override;

private:
    QHash<QString, Painter> m_painters;
};
