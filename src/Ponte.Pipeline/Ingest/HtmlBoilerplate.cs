using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Ponte.Pipeline.Ingest;

/// <summary>
/// The rules that tell article body from page furniture: which containers name themselves as the body, which elements are
/// menus, share bars, captions, related links, cookie notices or comments, and which short lines are boilerplate.
/// </summary>
internal static class HtmlBoilerplate
{
    private static readonly string[] InvisibleSelectors =
    [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "link", "meta", "button", "select",
        "textarea", "input", "[hidden]", "[aria-hidden='true']", "[style*='display:none']", "[style*='display: none']",
        "[style*='visibility:hidden']", "[style*='visibility: hidden']",
    ];

    /// <summary>Names (class, id, itemprop; separators removed, lower case) that mark the element holding the article body.</summary>
    private static readonly string[] BodyNames =
    [
        "articlebody", "storybody", "entrycontent", "postcontent", "articlecontent", "postbody", "storycontent", "articletext",
        "bodytext", "contentbody", "entrybody", "storytext", "posttext", "blogpostbody", "paywallcontent", "articlecopy",
    ];

    /// <summary>Words in a class or id that mark furniture inside or around the body.</summary>
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.Ordinal)
    {
        "related", "recommended", "recommendations", "recirc", "recirculation", "share", "sharing", "sharebar", "social",
        "newsletter", "subscribe", "subscription", "signup", "promo", "promotion", "advert", "advertisement", "ad", "ads",
        "adslot", "adunit", "dfp", "sponsor", "sponsored", "outbrain", "taboola", "caption", "captions", "credit", "credits",
        "comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "breadcrumb",
        "breadcrumbs", "tags", "toolbar", "widget", "sidebar", "footer", "nav", "navigation", "navbar", "menu", "byline",
        "author", "bio", "gallery", "slideshow", "carousel", "pullquote", "paywall", "login", "donate", "donation",
        "pagination", "pager", "rail", "trending", "popular", "newsletters", "embed", "player", "video",
        "timestamp", "subscribeprompt", "jumplink", "skip", "print", "toc", "feedback", "survey",
        "reactions", "rating", "headline", "kicker", "header", "masthead", "figure", "image", "photo", "img", "media",
    };

    private static readonly (string First, string Second)[] FurniturePairs =
    [
        ("sr", "only"), ("visually", "hidden"), ("screen", "reader"), ("read", "more"), ("more", "stories"),
        ("see", "also"), ("most", "read"), ("also", "read"), ("read", "next"), ("up", "next"),
    ];

    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "figure", "figcaption", "footer", "header", "form", "h1", "menu", "dialog",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "menu", "menubar", "search", "alert",
    };

    /// <summary>Lines that are labels of page furniture when they stand alone as a paragraph.</summary>
    private static readonly HashSet<string> BoilerplateLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advertisements", "ad", "supported by", "continue reading the main story", "continue reading",
        "read more", "read next", "see also", "share", "share this", "share this article", "share this story", "tweet", "email",
        "print", "comments", "related", "related articles", "related stories", "related content", "image", "photo", "video",
        "sponsored", "close", "loading", "subscribe", "story continues below advertisement", "scroll to continue", "listen",
        "skip advertisement", "more", "opens in new window", "copy link", "link copied",
    };

    private static readonly string[] BoilerplatePrefixes =
    [
        "read more:", "related:", "see also:", "also read:", "follow us", "sign up for", "subscribe to", "click here", "©",
        "copyright ©", "all rights reserved", "(photo:", "photo:", "image:", "pictured:", "advertisement",
    ];

    /// <summary>Removes what no reader sees: scripts, styles, forms' controls, hidden elements.</summary>
    public static void RemoveInvisible(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', InvisibleSelectors)).ToList())
        {
            element.Remove();
        }
    }

    /// <summary>
    /// Elements that declare themselves the article body, outermost only, in document order; those with a fraction of the
    /// largest one's text are teasers and dropped. Empty when the page names no body.
    /// </summary>
    public static List<IElement> BodyContainers(IHtmlDocument document)
    {
        var body = document.Body;
        if (body is null)
        {
            return [];
        }

        var found = new List<IElement>();
        foreach (var element in body.Descendants<IElement>())
        {
            if (IsBodyContainer(element) && !found.Any(f => f.Contains(element)) && element.Closest("a") is null &&
                LinkDensity(element) < 0.5)
            {
                found.Add(element);
            }
        }

        if (found.Count == 0)
        {
            return found;
        }

        var lengths = found.Select(e => e.TextContent.Length).ToList();
        var max = lengths.Max();
        return found.Where((_, i) => lengths[i] * 4 >= max).ToList();
    }

    /// <summary>Removes furniture inside <paramref name="root"/>, but never an element that holds most of its text.</summary>
    public static void RemoveWithin(IElement root)
    {
        var total = root.TextContent.Length;
        var doomed = new List<IElement>();
        foreach (var element in root.Descendants<IElement>())
        {
            if (doomed.Any(d => d.Contains(element)))
            {
                continue;
            }

            if ((IsFurniture(element) || IsStandaloneTime(element) || IsLinkList(element)) && element.TextContent.Length * 2 < total)
            {
                doomed.Add(element);
            }
        }

        foreach (var element in doomed)
        {
            element.Remove();
        }
    }

    /// <summary>Drops boilerplate lines and a leading repeat of the title.</summary>
    public static IEnumerable<string> FilterParagraphs(List<string> paragraphs, string? title)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var bare = p.Trim().TrimEnd('.', ':', '›', '»', '>', '|').Trim();
            if (BoilerplateLines.Contains(bare))
            {
                continue;
            }

            if (bare.Length < 120 && BoilerplatePrefixes.Any(x => bare.StartsWith(x, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (i == 0 && title is not null && string.Equals(bare, title.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return p;
        }
    }

    /// <summary>The share of an element's text that sits inside links: high for lists of teasers, low for prose.</summary>
    internal static double LinkDensity(IElement element)
    {
        var total = element.TextContent.Length;
        if (total == 0)
        {
            return 1;
        }

        var linked = 0;
        foreach (var link in element.QuerySelectorAll("a"))
        {
            linked += link.TextContent.Length;
        }

        return (double)linked / total;
    }

    private static bool IsBodyContainer(IElement element)
    {
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var names = Squash(element.ClassName) + " " + Squash(element.Id) + " " + Squash(element.GetAttribute("name"));
        foreach (var n in BodyNames)
        {
            if (names.Contains(n, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A block that is mostly links to elsewhere: "more stories", tag clouds, teaser lists.</summary>
    private static bool IsLinkList(IElement element) =>
        element.LocalName is "div" or "section" or "ul" or "ol" or "table" &&
        element.QuerySelectorAll("a").Length >= 3 && LinkDensity(element) > 0.6;

    /// <summary>A <c>time</c> element outside any paragraph is the page's date stamp; inside prose it is part of a sentence.</summary>
    private static bool IsStandaloneTime(IElement element) =>
        element.LocalName == "time" && element.Closest("p, li, blockquote, td") is null;

    private static bool IsFurniture(IElement element)
    {
        if (FurnitureTags.Contains(element.LocalName))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && FurnitureRoles.Contains(role))
        {
            return true;
        }

        var words = Words(element.ClassName, element.Id);
        if (words.Count == 0)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (FurnitureWords.Contains(w))
            {
                return true;
            }
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            foreach (var (first, second) in FurniturePairs)
            {
                if (words[i] == first && words[i + 1] == second)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The words of class and id values: split at non-letters and at camelCase humps, lower case.</summary>
    internal static List<string> Words(string? classes, string? id)
    {
        var words = new List<string>();
        Split(classes, words);
        Split(id, words);
        return words;
    }

    private static void Split(string? value, List<string> words)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var boundary = !char.IsLetterOrDigit(c) ||
                           (start >= 0 && char.IsUpper(c) && i > 0 && char.IsLower(value[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }

            if (char.IsLetterOrDigit(c) && start < 0)
            {
                start = i;
            }
        }
    }

    private static string Squash(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return string.Create(value.Length, value, (span, v) =>
        {
            for (var i = 0; i < v.Length; i++)
            {
                var c = v[i];
                span[i] = c is '-' or '_' ? ' ' : char.ToLowerInvariant(c);
            }
        }).Replace(" ", "", StringComparison.Ordinal);
    }
}
