package org.opencsc.returns.workforce;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A written census file read back with the DOM, item by item, for tests to compare with values worked out by hand. */
record CswwFile(Document document) {

    static CswwFile parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new CswwFile(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The items of the LALevelVacancies element. */
    Map<String, String> vacancies() {
        return items((Element) document.getElementsByTagName("LALevelVacancies").item(0));
    }

    String header(String item) {
        return document.getElementsByTagName(item).item(0).getTextContent();
    }

    /** The worker with this SWE number, item name to text in file order; null when not in the file. */
    Map<String, String> worker(String swe) {
        for (Element w : workers()) {
            if (swe.equals(items(w).get("SWENo"))) {
                return items(w);
            }
        }
        return null;
    }

    List<Element> workers() {
        NodeList list = document.getElementsByTagName("CSWWWorker");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Map<String, String> items(Element parent) {
        Map<String, String> items = new LinkedHashMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                items.put(e.getTagName(), e.getTextContent());
            }
        }
        return items;
    }
}
