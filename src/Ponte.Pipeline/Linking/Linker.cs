using Ponte.Core.Knowledge;
using Ponte.Core.Model;
using Ponte.Pipeline.Linking.Entities;
using Ponte.Pipeline.Linking.Stories;

namespace Ponte.Pipeline.Linking;

/// <summary>Links one analysed document into the knowledge base: its entities to store entities, itself to a story.</summary>
public sealed class Linker(EntityResolver resolver, StoryClusterer clusterer)
{
    /// <summary>Links <paramref name="analysis"/>; a document already linked keeps its links.</summary>
    public DocumentLinks Link(DocumentAnalysis analysis, IKnowledgeIndex index)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(index);
        if (index.GetLinks(analysis.Document.Id) is { } known)
        {
            return known;
        }

        var entityIds = resolver.Resolve(analysis, index);
        var story = clusterer.Assign(analysis, entityIds, index);
        var links = new DocumentLinks(analysis.Document.Id, entityIds, story);
        index.PutLinks(links);
        return links;
    }
}
