using System.Text;
using AngleSharp.Dom;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// Turns a DOM subtree into plain text the way a reader sees it: block elements become paragraphs separated by a blank line,
/// <c>br</c> a line break, runs of white space one space; scripts, styles, forms and media are skipped.
/// </summary>
internal static class HtmlTextFlattener
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "select", "textarea", "input", "option",
        "iframe", "object", "embed", "canvas", "video", "audio", "picture", "img", "head", "title", "figcaption", "link", "meta",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tr", "ul", "center",
        "details", "summary", "caption", "thead", "tbody", "tfoot", "body", "html",
    };

    /// <summary>The paragraphs of <paramref name="root"/>, trimmed, empty ones dropped.</summary>
    public static List<string> Paragraphs(INode root)
    {
        var state = new State();
        Walk(root, state, preformatted: false);
        state.Flush();
        return state.Paragraphs;
    }

    /// <summary>The paragraphs of <paramref name="root"/> joined by a blank line.</summary>
    public static string Text(INode root) => string.Join("\n\n", Paragraphs(root));

    private static void Walk(INode node, State state, bool preformatted)
    {
        switch (node)
        {
            case IText text:
                state.Append(text.Data, preformatted);
                return;
            case IElement element:
                var name = element.LocalName;
                if (Skipped.Contains(name))
                {
                    return;
                }

                if (name == "br")
                {
                    state.LineBreak();
                    return;
                }

                var block = Blocks.Contains(name);
                if (block)
                {
                    state.Flush();
                }
                else if (name is "td" or "th")
                {
                    state.Space();
                }

                var pre = preformatted || name == "pre";
                for (var child = element.FirstChild; child is not null; child = child.NextSibling)
                {
                    Walk(child, state, pre);
                }

                if (block)
                {
                    state.Flush();
                }

                return;
            default:
                if (node.NodeType is NodeType.Document or NodeType.DocumentFragment)
                {
                    for (var child = node.FirstChild; child is not null; child = child.NextSibling)
                    {
                        Walk(child, state, preformatted);
                    }
                }

                return;
        }
    }

    private sealed class State
    {
        private readonly StringBuilder _current = new();
        private bool _pendingSpace;

        public List<string> Paragraphs { get; } = [];

        public void Append(string data, bool preformatted)
        {
            foreach (var c in data)
            {
                if (preformatted && c == '\n')
                {
                    LineBreak();
                }
                else if (char.IsWhiteSpace(c) && c != '\u00A0' || c == '\u200B')
                {
                    _pendingSpace = _current.Length > 0;
                }
                else if (c == '\u00AD')
                {
                    // A soft hyphen is invisible unless the line breaks there.
                }
                else
                {
                    if (_pendingSpace)
                    {
                        _current.Append(' ');
                        _pendingSpace = false;
                    }

                    _current.Append(c == '\u00A0' ? ' ' : c);
                }
            }
        }

        public void Space() => _pendingSpace = _current.Length > 0;

        public void LineBreak()
        {
            TrimEnd();
            if (_current.Length > 0 && _current[^1] == '\n')
            {
                // Two line breaks in a row are how many pages write a paragraph break.
                _current.Length--;
                Flush();
                return;
            }

            if (_current.Length > 0)
            {
                _current.Append('\n');
            }

            _pendingSpace = false;
        }

        public void Flush()
        {
            while (_current.Length > 0 && _current[^1] is ' ' or '\n')
            {
                _current.Length--;
            }

            if (_current.Length > 0)
            {
                Paragraphs.Add(_current.ToString());
            }

            _current.Clear();
            _pendingSpace = false;
        }

        private void TrimEnd()
        {
            while (_current.Length > 0 && _current[^1] is ' ')
            {
                _current.Length--;
            }
        }
    }
}
