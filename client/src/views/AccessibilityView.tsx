import { useT } from '../i18n/i18n.js';

/**
 * Tilgjengelighetserklæring, after the structure of uutilsynet.no's template: what the statement
 * covers, what conforms, what does not yet, how to report a problem, and when it was made.
 * Norwegian public-sector web must publish one (WCAG 2.1 AA). The text is the same in both
 * languages' structure; it is kept here, not in the string modules, as one document per language.
 */
const DATE = '2026-12-07';

export function AccessibilityView() {
  const { lang } = useT();
  return lang === 'nb' ? <Nb /> : <En />;
}

function Nb() {
  return (
    <article className="accessibility-statement" aria-labelledby="a11y-title">
      <h2 id="a11y-title">Tilgjengelighetserklæring for Sakskart</h2>
      <p>
        Sakskart skal kunne brukes av alle. Målet er å oppfylle kravene i WCAG 2.1 på nivå AA, slik forskrift om
        universell utforming av IKT-løsninger krever for offentlige nettsteder.
      </p>
      <h3>Hva erklæringen gjelder</h3>
      <p>
        Alle visningene i Sakskart: grafen, saksflyten, aktør × tema, stifinneren, temakartet, Hva er nytt,
        møteforberedelse, aksjonspunkter og dokumentene.
      </p>
      <h3>Dette er på plass</h3>
      <ul>
        <li>Alle visninger testes automatisk med axe-core i Chromium, uten brudd.</li>
        <li>
          Alt kan brukes med tastatur. Grafen har en tabellvisning («Vis som liste»), og på lerretet flytter piltastene
          til nabonoden i den retningen, Enter utvider og Escape går tilbake.
        </li>
        <li>
          Noden i fokus leses opp (type, navn og antall koblinger), og en tekst over lerretet sier hva som er tegnet.
        </li>
        <li>Grensesnittet finnes på bokmål og engelsk, og språket er merket i siden.</li>
        <li>Hvert faktum viser kildeteksten med dokument og linjenummer.</li>
      </ul>
      <h3>Dette er ikke på plass ennå</h3>
      <ul>
        <li>
          Grafens lerret, sakflyten og temakartet er tegninger: de viktigste opplysningene finnes i tabeller og lister
          ved siden av, men ikke alle detaljer i tegningen (for eksempel plasseringen av nodene).
        </li>
        <li>Datofeltene følger nettleserens språk, ikke alltid norsk datoformat.</li>
        <li>Grensesnittet finnes ikke på nynorsk ennå.</li>
        <li>Dokumenter som er lastet som PDF vises som tekst; oppsettet i den opprinnelige PDF-en gjengis ikke.</li>
      </ul>
      <h3>Meld fra om feil og mangler</h3>
      <p>
        Finner du noe som ikke fungerer for deg, meld fra til den som drifter Sakskart hos dere, eller som en sak i
        prosjektets sakssystem. Skriv hvilken side det gjelder og hva som skjedde. Får du ikke svar, eller ikke er
        fornøyd med svaret, kan du klage til Tilsynet for universell utforming av IKT (uutilsynet.no).
      </p>
      <p className="muted">
        Erklæringen ble laget <time dateTime={DATE}>7. desember 2026</time> på grunnlag av automatisk testing (axe-core)
        og egen gjennomgang med tastatur.
      </p>
    </article>
  );
}

function En() {
  return (
    <article className="accessibility-statement" aria-labelledby="a11y-title">
      <h2 id="a11y-title">Accessibility statement for Sakskart</h2>
      <p>
        Sakskart is meant to be usable by everyone. The aim is WCAG 2.1 level AA, as Norwegian regulations on universal
        design of ICT require of public-sector websites.
      </p>
      <h3>What this statement covers</h3>
      <p>
        Every view of Sakskart: the graph, issue flow, actor × topic, path finder, topic map, what is new, meeting
        brief, action items and documents.
      </p>
      <h3>What conforms</h3>
      <ul>
        <li>Every view is tested automatically with axe-core in Chromium, with no violation.</li>
        <li>
          Everything works by keyboard. The graph has a table view ("Show as list"); on the canvas the arrow keys move
          to the neighbour in that direction, Enter expands and Escape goes back.
        </li>
        <li>
          The focused node is announced (kind, name, number of links), and a text above the canvas says what is drawn.
        </li>
        <li>The interface is in Norwegian bokmål and English, with the page language marked.</li>
        <li>Every fact shows its source text with document and line numbers.</li>
      </ul>
      <h3>What does not conform yet</h3>
      <ul>
        <li>
          The graph canvas, the issue flow and the topic map are drawings: their main content is in tables and lists
          beside them, but not every detail of the drawing (such as where nodes are placed).
        </li>
        <li>Date inputs follow the browser's language, not always the Norwegian date format.</li>
        <li>There is no nynorsk interface yet.</li>
        <li>Documents loaded from PDF are shown as text; the layout of the original PDF is not reproduced.</li>
      </ul>
      <h3>Report a problem</h3>
      <p>
        If something does not work for you, tell whoever runs Sakskart for your organisation, or file an issue with the
        project. Say which page and what happened. Without an answer, or if the answer does not satisfy you, you can
        complain to the Norwegian Authority for Universal Design of ICT (uutilsynet.no).
      </p>
      <p className="muted">
        This statement was made on <time dateTime={DATE}>7 December 2026</time>, from automated testing (axe-core) and
        our own review by keyboard.
      </p>
    </article>
  );
}
