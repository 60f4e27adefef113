"""Stage 3, segment: sentences and table cells, each with its section path. `segment_document(doc)`."""
from extractor.segment.sentences import segment_document

__all__ = ["segment_document"]
