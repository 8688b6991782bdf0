--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: -
--

-- *not* creating schema, since initdb creates it


--
-- Name: SCHEMA public; Type: COMMENT; Schema: -; Owner: -
--



--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attachment (
    id integer NOT NULL,
    complaint_id integer NOT NULL,
    kind character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    mime character varying(255) NOT NULL,
    size integer NOT NULL,
    pages integer,
    blob_id character varying(64) NOT NULL,
    step_no integer,
    created_by_id integer,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: attachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.attachment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: attachment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.attachment_id_seq OWNED BY public.attachment.id;


--
-- Name: audit_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_entry (
    id integer NOT NULL,
    seq integer NOT NULL,
    at timestamp without time zone NOT NULL,
    actor character varying(255),
    action character varying(255) NOT NULL,
    complaint_id integer,
    detail text NOT NULL,
    prev_hash character varying(64) NOT NULL,
    hash character varying(64) NOT NULL
);


--
-- Name: audit_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_entry_id_seq OWNED BY public.audit_entry.id;


--
-- Name: audit_head; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_head (
    id integer NOT NULL,
    seq integer NOT NULL,
    last_hash character varying(64) NOT NULL
);


--
-- Name: audit_head_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_head_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_head_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_head_id_seq OWNED BY public.audit_head.id;


--
-- Name: blob; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.blob (
    sha256 character varying(64) NOT NULL,
    size integer NOT NULL,
    data bytea NOT NULL
);


--
-- Name: calendar_day; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_day (
    id integer NOT NULL,
    day date NOT NULL,
    origin character varying(255) NOT NULL,
    kind character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    source character varying(255) NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    updated_by character varying(255)
);


--
-- Name: calendar_day_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.calendar_day_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: calendar_day_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.calendar_day_id_seq OWNED BY public.calendar_day.id;


--
-- Name: calendar_year; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_year (
    year integer NOT NULL,
    source character varying(255) NOT NULL,
    loaded_at timestamp without time zone NOT NULL,
    revision integer NOT NULL
);


--
-- Name: complaint; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.complaint (
    id integer NOT NULL,
    register_no character varying(255) NOT NULL,
    received_at timestamp without time zone NOT NULL,
    channel character varying(255) NOT NULL,
    pelapor_id integer NOT NULL,
    subject_kind character varying(255) NOT NULL,
    subject_name character varying(255) NOT NULL,
    category character varying(255) NOT NULL,
    tier character varying(255) NOT NULL,
    summary character varying(500) NOT NULL,
    description text NOT NULL,
    confidentiality character varying(255) NOT NULL,
    lapor_ticket character varying(255),
    letter_number character varying(255),
    letter_date date,
    letter_subject character varying(500),
    division_code character varying(255),
    search_text text,
    search_private text,
    sop_version_id integer NOT NULL,
    current_step integer,
    current_lane character varying(255),
    current_pass integer NOT NULL,
    current_part integer NOT NULL,
    status character varying(255) NOT NULL,
    step_started_at timestamp without time zone,
    step_due_at timestamp without time zone,
    due_at timestamp without time zone,
    held_minutes real NOT NULL,
    closed_at timestamp without time zone,
    created_by_id integer,
    row_version integer NOT NULL
);


--
-- Name: complaint_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.complaint_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: complaint_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.complaint_id_seq OWNED BY public.complaint.id;


--
-- Name: counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.counter (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    year integer NOT NULL,
    value integer NOT NULL
);


--
-- Name: counter_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.counter_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: counter_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.counter_id_seq OWNED BY public.counter.id;


--
-- Name: document; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document (
    id integer NOT NULL,
    complaint_id integer NOT NULL,
    doc_type character varying(255) NOT NULL,
    number character varying(255),
    version integer NOT NULL,
    step_no integer,
    blob_id character varying(64),
    signed_attachment_id integer,
    output_id integer,
    created_by_id integer,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: document_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.document_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: document_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.document_id_seq OWNED BY public.document.id;


--
-- Name: hold; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hold (
    id integer NOT NULL,
    complaint_id integer NOT NULL,
    step_no integer NOT NULL,
    reason text NOT NULL,
    started_at timestamp without time zone NOT NULL,
    started_by_id integer,
    ended_at timestamp without time zone,
    ended_by_id integer,
    working_minutes real
);


--
-- Name: hold_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.hold_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: hold_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.hold_id_seq OWNED BY public.hold.id;


--
-- Name: paraf; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.paraf (
    id integer NOT NULL,
    document_id integer NOT NULL,
    lane character varying(255) NOT NULL,
    actor_id integer,
    at timestamp without time zone NOT NULL,
    step_no integer NOT NULL
);


--
-- Name: paraf_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.paraf_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: paraf_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.paraf_id_seq OWNED BY public.paraf.id;


--
-- Name: pelapor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pelapor (
    id integer NOT NULL,
    name character varying(255),
    nik character varying(255),
    address text,
    phone character varying(255),
    email character varying(255),
    anonymous boolean NOT NULL
);


--
-- Name: pelapor_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.pelapor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pelapor_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.pelapor_id_seq OWNED BY public.pelapor.id;


--
-- Name: schema_info; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_info (
    id integer NOT NULL,
    version integer NOT NULL,
    app_version character varying(255) NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: schema_info_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.schema_info_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: schema_info_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.schema_info_id_seq OWNED BY public.schema_info.id;


--
-- Name: search_doc; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_doc (
    id bigint NOT NULL,
    complaint_id integer NOT NULL,
    private boolean NOT NULL,
    body text NOT NULL,
    text text NOT NULL
);


--
-- Name: setting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.setting (
    key character varying(255) NOT NULL,
    value text NOT NULL
);


--
-- Name: sop_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sop_version (
    id integer NOT NULL,
    key character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    number character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    text text NOT NULL,
    loaded_at timestamp without time zone NOT NULL
);


--
-- Name: sop_version_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sop_version_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sop_version_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sop_version_id_seq OWNED BY public.sop_version.id;


--
-- Name: step_output; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.step_output (
    id integer NOT NULL,
    complaint_id integer NOT NULL,
    kind character varying(255) NOT NULL,
    version integer NOT NULL,
    step_no integer NOT NULL,
    pass_no integer NOT NULL,
    fields text NOT NULL,
    created_by_id integer,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: step_output_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.step_output_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: step_output_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.step_output_id_seq OWNED BY public.step_output.id;


--
-- Name: step_record; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.step_record (
    id integer NOT NULL,
    complaint_id integer NOT NULL,
    seq integer NOT NULL,
    step_no integer NOT NULL,
    lane character varying(255) NOT NULL,
    pass_no integer NOT NULL,
    part integer NOT NULL,
    started_at timestamp without time zone NOT NULL,
    ended_at timestamp without time zone,
    actor_id integer,
    outcome character varying(255),
    note text,
    kelengkapan_waiver text,
    override_reason text,
    working_minutes real,
    standard_minutes integer NOT NULL
);


--
-- Name: step_record_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.step_record_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: step_record_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.step_record_id_seq OWNED BY public.step_record.id;


--
-- Name: step_tally; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.step_tally (
    id integer NOT NULL,
    month character varying(7) NOT NULL,
    step_no integer NOT NULL,
    actor_id integer NOT NULL,
    minutes integer NOT NULL,
    passes integer NOT NULL,
    within integer NOT NULL,
    returned integer NOT NULL
);


--
-- Name: step_tally_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.step_tally_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: step_tally_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.step_tally_id_seq OWNED BY public.step_tally.id;


--
-- Name: user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."user" (
    id integer NOT NULL,
    username character varying(255) NOT NULL,
    full_name character varying(255) NOT NULL,
    nip character varying(255),
    jabatan character varying(255),
    password_hash character varying(255) NOT NULL,
    is_admin boolean NOT NULL,
    active boolean NOT NULL,
    failed_logins integer NOT NULL,
    locked_until timestamp without time zone,
    last_login timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    row_version integer NOT NULL
);


--
-- Name: user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.user_id_seq OWNED BY public."user".id;


--
-- Name: user_lane; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_lane (
    id integer NOT NULL,
    user_id integer NOT NULL,
    lane character varying(255) NOT NULL
);


--
-- Name: user_lane_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_lane_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_lane_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.user_lane_id_seq OWNED BY public.user_lane.id;


--
-- Name: attachment id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment ALTER COLUMN id SET DEFAULT nextval('public.attachment_id_seq'::regclass);


--
-- Name: audit_entry id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entry ALTER COLUMN id SET DEFAULT nextval('public.audit_entry_id_seq'::regclass);


--
-- Name: audit_head id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head ALTER COLUMN id SET DEFAULT nextval('public.audit_head_id_seq'::regclass);


--
-- Name: calendar_day id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_day ALTER COLUMN id SET DEFAULT nextval('public.calendar_day_id_seq'::regclass);


--
-- Name: complaint id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint ALTER COLUMN id SET DEFAULT nextval('public.complaint_id_seq'::regclass);


--
-- Name: counter id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counter ALTER COLUMN id SET DEFAULT nextval('public.counter_id_seq'::regclass);


--
-- Name: document id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document ALTER COLUMN id SET DEFAULT nextval('public.document_id_seq'::regclass);


--
-- Name: hold id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold ALTER COLUMN id SET DEFAULT nextval('public.hold_id_seq'::regclass);


--
-- Name: paraf id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.paraf ALTER COLUMN id SET DEFAULT nextval('public.paraf_id_seq'::regclass);


--
-- Name: pelapor id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pelapor ALTER COLUMN id SET DEFAULT nextval('public.pelapor_id_seq'::regclass);


--
-- Name: schema_info id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_info ALTER COLUMN id SET DEFAULT nextval('public.schema_info_id_seq'::regclass);


--
-- Name: sop_version id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sop_version ALTER COLUMN id SET DEFAULT nextval('public.sop_version_id_seq'::regclass);


--
-- Name: step_output id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_output ALTER COLUMN id SET DEFAULT nextval('public.step_output_id_seq'::regclass);


--
-- Name: step_record id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_record ALTER COLUMN id SET DEFAULT nextval('public.step_record_id_seq'::regclass);


--
-- Name: step_tally id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_tally ALTER COLUMN id SET DEFAULT nextval('public.step_tally_id_seq'::regclass);


--
-- Name: user id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user" ALTER COLUMN id SET DEFAULT nextval('public.user_id_seq'::regclass);


--
-- Name: user_lane id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_lane ALTER COLUMN id SET DEFAULT nextval('public.user_lane_id_seq'::regclass);


--
-- Data for Name: attachment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (1, 1, 'surat', 'email-pengaduan.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-10-22 08:40:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (2, 1, 'nota_dinas', 'nota-dinas-ttd-v1.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 9, 1, '2026-10-28 08:22:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (3, 1, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-10-29 14:12:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (4, 1, 'lainnya', 'bukti-penyampaian.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 14, 4, '2026-10-29 15:34:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (5, 2, 'lainnya', 'formulir-pengaduan.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-11-09 07:49:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (6, 2, 'nota_dinas', 'nota-dinas-ttd-v1.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 9, 1, '2026-11-13 07:54:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (7, 2, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-11-13 08:15:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (8, 2, 'lainnya', 'bukti-penyampaian.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 14, 4, '2026-11-18 08:13:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (9, 3, 'surat', 'laporan-sp4n-lapor.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-11-13 14:45:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (10, 3, 'nota_dinas', 'nota-dinas-ttd-v2.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 9, 1, '2026-11-18 11:21:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (11, 3, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-11-18 11:36:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (12, 4, 'surat', 'laporan-sp4n-lapor.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-11-13 08:42:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (13, 4, 'nota_dinas', 'nota-dinas-ttd-v1.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 9, 1, '2026-11-16 13:14:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (14, 4, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-11-16 13:38:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (15, 5, 'lainnya', 'formulir-pengaduan.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-11-20 07:43:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (16, 5, 'nota_dinas', 'nota-dinas-ttd-v1.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 9, 1, '2026-11-23 14:15:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (17, 5, 'jawaban', 'jawaban-divisi.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 10, 5, '2026-11-23 14:37:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (18, 6, 'lainnya', 'formulir-pengaduan.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-11-24 07:35:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (19, 7, 'surat', 'surat-pengaduan.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-11-25 08:44:00');
INSERT INTO public.attachment (id, complaint_id, kind, filename, mime, size, pages, blob_id, step_no, created_by_id, created_at) VALUES (20, 8, 'surat', 'surat-pengaduan.pdf', 'application/pdf', 324, 1, 'fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 1, 4, '2026-11-26 08:13:00');


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (1, 1, '2026-11-27 10:00:00', 'cli', 'kalender.ubah', NULL, '{"jenis": "libur", "nama": "Cuti kantor (snapshot)", "sebelumnya": null, "sumber": "snapshot", "tanggal": "2026-06-15", "tenggat_digeser": 0}', '0000000000000000000000000000000000000000000000000000000000000000', '4b6ad84a86b2da8a6b0b88d984f1bb47a9304a3e5536af2336e27bdc7f0d71bc');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (2, 2, '2026-11-27 10:00:00', 'cli', 'kalender.ubah', NULL, '{"jenis": "kerja", "nama": "Hari kerja pengganti (snapshot)", "sebelumnya": null, "sumber": "snapshot", "tanggal": "2026-09-19", "tenggat_digeser": 0}', '4b6ad84a86b2da8a6b0b88d984f1bb47a9304a3e5536af2336e27bdc7f0d71bc', '1e176660b9a8d90763952c737109bac792c10656b421e15dad4e7218c70aa6f7');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (3, 3, '2026-11-27 10:00:00', 'cli', 'pengaturan.ubah', NULL, '{"baru": "(0717) 438000", "kunci": "office_phone", "lama": null}', '1e176660b9a8d90763952c737109bac792c10656b421e15dad4e7218c70aa6f7', '157f1b684549791e98d6559cf042999329d1ee33bc473bd32f994131583985a8');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (4, 4, '2026-11-27 10:00:00', 'cli', 'pengaturan.ubah', NULL, '{"baru": 2, "kunci": "due_soon_days", "lama": null}', '157f1b684549791e98d6559cf042999329d1ee33bc473bd32f994131583985a8', 'a3ef6164af23a95b2ec11669fec982fbfe482e802f618642d4eebe206b4c4b2f');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (5, 5, '2026-11-27 10:00:00', 'cli', 'pengaturan.ubah', NULL, '{"baru": 20, "kunci": "due_soon_step_minutes", "lama": null}', 'a3ef6164af23a95b2ec11669fec982fbfe482e802f618642d4eebe206b4c4b2f', 'ffde6ddcbc126d0c4156b1aa8d9316908226509bf59d46ed0180a0bbaa867379');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (6, 6, '2026-11-27 10:00:00', 'persiapan-awal', 'sop.adopsi', NULL, '{"baru": "0ca993cf57e33751", "berkas": "/tmp/schema-snapshots-qw6fy8ay/v6/resources/sop/layanan_pengaduan.toml", "komputer": "vm", "lama": null, "nama": "LAYANAN PENGADUAN MASYARAKAT", "nomor": "W.7-OT.01.02-566", "sumber": "bawaan"}', 'ffde6ddcbc126d0c4156b1aa8d9316908226509bf59d46ed0180a0bbaa867379', 'f0dddbb99461ab4d6cfe68d7e4d8684b0ed7c8dd66879159fa5f40728c3363ac');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (7, 7, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Kantor Wilayah", "nip": "199110291991021407", "pengguna": "kakanwil", "peran": ["kakanwil"]}', 'f0dddbb99461ab4d6cfe68d7e4d8684b0ed7c8dd66879159fa5f40728c3363ac', 'd228fc7918a74474cad4b73298172c323638e2f48e268993212010770a9d1954');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (8, 8, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Divisi Administrasi", "nip": "196806132013111541", "pengguna": "kadiv", "peran": ["kadiv"]}', 'd228fc7918a74474cad4b73298172c323638e2f48e268993212010770a9d1954', 'da9c7e89c1f50a5a84eac2fb29743c5b61ddc39803924d18fea49283aa5025b3');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (9, 9, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Bagian Program dan Pelaporan", "nip": "197601261991101401", "pengguna": "kabag_p2", "peran": ["kabag_p2"]}', 'da9c7e89c1f50a5a84eac2fb29743c5b61ddc39803924d18fea49283aa5025b3', 'cf02da0fef2a5d89c32f693411edce606e16d7232aed6862f4d89f62f5e3624c');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (10, 10, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Subbagian Pelaporan, Humas dan TI", "nip": "198409011994031091", "pengguna": "kasubag_pphti", "peran": ["kasubag_pphti"]}', 'cf02da0fef2a5d89c32f693411edce606e16d7232aed6862f4d89f62f5e3624c', 'cedbe77d98f4127ce01cee0a884a66e59aebb4f63c2a8c7f7caf3573a76451b4');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (11, 11, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Kepala Divisi Pemasyarakatan", "nip": "199001272008081598", "pengguna": "divisi_terkait", "peran": ["divisi_terkait"]}', 'cedbe77d98f4127ce01cee0a884a66e59aebb4f63c2a8c7f7caf3573a76451b4', '91550f9cbcaf3fad4dc9e00f2bc2844b61d689b008dc0be13b3b4a5a60201782');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (12, 12, '2026-11-27 10:00:00', 'demo', 'akun.buat', NULL, '{"jabatan": "Pranata Komputer", "nip": "198705012005101973", "pengguna": "admin", "peran": ["administrator"]}', '91550f9cbcaf3fad4dc9e00f2bc2844b61d689b008dc0be13b3b4a5a60201782', '53118530b5e9a7f03e328789f210d264752ac92c7b044458a4a8e8d4a664d99b');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (13, 13, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 1, '{"nomor": "0001/PENGADUAN/X/2026"}', '53118530b5e9a7f03e328789f210d264752ac92c7b044458a4a8e8d4a664d99b', 'f18ef9fde2630c99b305edc744da120cafbc4763f8392e11240e3c9e023139fa');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (14, 14, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 2, '{"nomor": "0002/PENGADUAN/XI/2026"}', 'f18ef9fde2630c99b305edc744da120cafbc4763f8392e11240e3c9e023139fa', '53f7bf8ec47f418f41ea625125944d3de97eae543a7453d905032616fb617412');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (15, 15, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 3, '{"nomor": "0003/PENGADUAN/XI/2026"}', '53f7bf8ec47f418f41ea625125944d3de97eae543a7453d905032616fb617412', 'cc8f4c24f82be8eff2c3ad182e4fe6d95b84b62c2f78e7a2c57547b97d117403');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (16, 16, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 4, '{"nomor": "0004/PENGADUAN/XI/2026"}', 'cc8f4c24f82be8eff2c3ad182e4fe6d95b84b62c2f78e7a2c57547b97d117403', 'cb95f61b8af960f38968008322781e24e7048abeca20e28d58d5e357d3e63142');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (17, 17, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 5, '{"nomor": "0005/PENGADUAN/XI/2026"}', 'cb95f61b8af960f38968008322781e24e7048abeca20e28d58d5e357d3e63142', '43cfe60c8a9013661424a535e614bf7c7579791f9a4e04ebfbc8ad2eeeee540a');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (18, 18, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 6, '{"nomor": "0006/PENGADUAN/XI/2026"}', '43cfe60c8a9013661424a535e614bf7c7579791f9a4e04ebfbc8ad2eeeee540a', 'ad45c6e3b3cee4c5d0a25a772a0e6ad5966a1a508bfc8ac546fccceb00b2768e');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (19, 19, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 7, '{"nomor": "0007/PENGADUAN/XI/2026"}', 'ad45c6e3b3cee4c5d0a25a772a0e6ad5966a1a508bfc8ac546fccceb00b2768e', '77dd8eab9673a4c0624709099681fd394c42d8bd8ed2c92801995d8cb2a16db1');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (20, 20, '2026-11-27 10:00:00', 'demo', 'pengaduan.demo', 8, '{"nomor": "0008/PENGADUAN/XI/2026"}', '77dd8eab9673a4c0624709099681fd394c42d8bd8ed2c92801995d8cb2a16db1', 'e5985986da39c9e48abe21ff0b4d455791845e9b6792a0495b75b18abbf42a07');
INSERT INTO public.audit_entry (id, seq, at, actor, action, complaint_id, detail, prev_hash, hash) VALUES (21, 21, '2026-11-27 10:00:00', 'kasubag_pphti', 'dokumen.buat', 6, '{"jenis": "tanda_terima", "langkah": 9, "nomor": "0001/TT-PENGADUAN/XI/2026", "pelapor_dirahasiakan": false, "sha256": "c9782cb97fe2622b2031cb94764679eb1479840dc233fce57d0dbcb85b6f446d", "versi": 1}', 'e5985986da39c9e48abe21ff0b4d455791845e9b6792a0495b75b18abbf42a07', 'c415697a1740986b03f1a3869184fffbd8fd4662362b361a6b81b60ecb431218');


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_head (id, seq, last_hash) VALUES (1, 21, 'c415697a1740986b03f1a3869184fffbd8fd4662362b361a6b81b60ecb431218');


--
-- Data for Name: blob; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.blob (sha256, size, data) VALUES ('fa40cc61c0be5751ff15b2a026f68c57e8f961981001adf564e044cc5962b3b5', 324, '\x255044462d312e340a312030206f626a0a3c3c2f547970652f436174616c6f672f50616765732032203020523e3e0a656e646f626a0a322030206f626a0a3c3c2f547970652f50616765732f4b6964735b33203020525d2f436f756e7420313e3e0a656e646f626a0a332030206f626a0a3c3c2f547970652f506167652f506172656e742032203020522f4d65646961426f785b30203020353935203834325d2f5265736f75726365733c3c3e3e3e3e0a656e646f626a0a787265660a3020340a303030303030303030302036353533352066200a30303030303030303039203030303030206e200a30303030303030303534203030303030206e200a30303030303030313035203030303030206e200a747261696c65720a3c3c2f53697a6520342f526f6f742031203020523e3e0a7374617274787265660a3138340a2525454f460a');
INSERT INTO public.blob (sha256, size, data) VALUES ('c9782cb97fe2622b2031cb94764679eb1479840dc233fce57d0dbcb85b6f446d', 23250, '\x504b030414000000080000507b5d987254bf80010000a8060000130000005b436f6e74656e745f54797065735d2e786d6cb5954d4fc2401086effe8aa6971e0c5df0608ca170f0e3a82462e275d99dc2c6fdcaeef0f5ef9d16688ca215814b937666dee7d9eda6ed0f5746270b0851395b64bdbc9b25608593ca4e8bec75fcd8b9c99288dc4aae9d85225b43cc86838bfe78ed2126346c6391ce10fd2d6351ccc0f0983b0f962aa50b8623dd8629f35cbcf329b0ab6ef79a0967112c76b0ca4807fd7b28f95c63f2b0a2c7b5481a40c734b9db3456ac22e5de6b2538529d2dacfc42e96c09394dd63d71a67cbca48694ed2554959f01dbb967da99a02424231ef0891bea62621ed19937a3994230a3e07cece5bfa7edd17565a9044827e68646f226b4ca83800a1af77d0e34578319518e6643b5291264c71fc6162ec0e1f0dd7baaa6ff485cba2059a37bec72ab34e20a88910eb9d17953315cd9568f92c8633ed1ff587a9b4813dd2a31032e211c7fecbe296c825bf9766e261068e4f4064d74ab440444ea8ba777d825b72be05ac33904eadc563cd2f71636d7e3cf421dd38a5cc2e4e56cfbfe297c27c2ea1fcde003504b030414000000080000507b5d33b3ca27e50000004d0200000b0000005f72656c732f2e72656c73ad924d4b03311086effe8a904b4edd6c5544a4d95e44e84da4fe802199dd0ddd7c3019fbf1ef0da2e84229821ee79d791f9ec3acd6c730893d52f1291ab56c5a2530dae47c1c8c7add3e2dee95280cd1c194221a75c2a2d6ddd5ea0527e0da29a3cf4554482c468eccf941eb62470c509a9431d64d9f2800d791069dc1ee60407dddb6779a7e326437638a8d339236ee468aed29e3dfd83a208303066d13e122536d137b2c150e34201be9927dae71f9b8682a59eaf342b7bf174a7def2d3e26fb1630f2392f3c324687eeb212e47cc968f99f46f38b6f994322a7dd67fc65a3675fd0bd03504b030414000000080000507b5db28acef6890100003e03000011000000646f6350726f70732f636f72652e786d6c9d92df4bc33010c7dffd2bca5efad4a59d2052ba0c740c04858115c5b798dcbab8e60749b6daffde24dd3a873e0979e8dd7deecbf57b572dbe449b1cc058aee43c2da6799a80a48a71d9ccd3977a95dda689754432d22a09f3b4079b2ef0554575499581b5511a8ce360132f246d49f57cb2754e970859ba0541ecd413d21737ca08e27c681aa409dd9106d02ccf6f90004718710405c14c8f8a93a324a3a3a4de9b360a308aa00501d259544c0b74661d1861ff6c88951fa4e0aed7f0277a2a8ef497e523d875ddb4bb8ea89fbf406f4f8fcff157332e83551426b862b474dcb580ebe05d5283e182246b900d617b222b340201b5fb8f4fa00ec7f418f86f6a803865f065e3291bb6b083be538659147906961aae9ddfe6207691f0784bac7bf2ebdd706077fd4fdddfc5c01b38f0701bb888c4185647a787598025dea172f0f35479bdbe5fd6ab099ee5b39b2c2ffcabf3bc8cef3dcc76d17f1614c701fead781288f3532fde28d30ff6b444367b7f7898b3ec61190d1a53a1ce99bfa8d06c06f72ee25f278fbf01504b030414000000080000507b5df4dbdb17eb0100006c04000010000000646f6350726f70732f6170702e786d6c9d54cb6edb3010bcfb2b045d748a69074151189282d641d143dd1ab0929cb7d4ca224a9104b931e27e7df9881539862ff5893bb33bfbb4cafbd7416607b44e685515cbf9a2c85071dd0ab5af8ac7e6dbcde7227304aa05a91556c5115d715fcfcaadd5062d0974995750aeca7b22b362ccf11e0770734f2bcf74da0e40deb47ba6bb4e707cd0fc654045ec76b1f8c4f09550b5d8de9851304f8aab03fdaf68ab79a8cf3d3547e3f5ea5996950d0e460261fd3304cb79ab6928d98846174d201b3160bdf0cc68046a0b7b74f5b264e911a0676d5b173cd32340eb1e2c70f2d30cf8c40ae41763a4e0407ed0f54670ab9dee28db00178ab4ebb32053b2a95788f28ded90bf5841c7a0393503fd43288cc9d223956a616fc1f4119f5881dc7190b8f6b3a93b900e4bf60e04fa3b42d8fc16442ada43075a1d9093b699137fb1ca6ff3ec37380c93adf20358018af2e4fbe69db0139440691cd9ba11247dced13e45b1cbb0ab4ae22eac213daec62724961dfb621f1b2b6329ee57e7e743d75a5d4e5b8d159f351a117625e1857eb901e56f2705946b3d185047765ae21ff7681afd102ef16d31e7e0f9753d0bea7706387eb8b3091e97ed096cfdc98ccb1e81b86cdf97953ecd57df243b879c17557b6c4f9197c4db493fa54f47bdbc9b2ffc2f1ef0099bf9f31bffd5f5ec1f504b030414000000080000507b5d85200f7d71070000fe3c000011000000776f72642f646f63756d656e742e786d6ced5b5b73e2b8127e3fbf428797cc5625d806c2ad96d9e35c870d211490cdcea3b005d65ab65cb21c86f9f5dbf20dc8900c0426c3e4c00396e456ab2f9f5b2d4bfefd8f2f1e438f448494fbad23a3a81f21e25bdca6fea475743fbc3aa91fa15062dfc68cfba4753423e1d11f1ffff3fbb469732bf2882f1170f0c3e634b05a0547caa0a969a1e5100f87458f5a82877c2c8b16f7343e1e538b68532e6cada41b7a5c0a04b74818c270e7d87fc4612165e7f1f5b879d8ca8a255daf439dfa398f6f25e201f1e1e6980b0f4ba88a09f4106e149c00cf004b3aa28cca99e255cdd93cb60a91f09b298f935c0ed5a70902341f3d9611f397681341d34bd643ac2364d2e52235792c9e26080381b91f3a3498dbedb5dce0a693317951e10565a78151d9cee917024fe13267b88ef876d2c96389e42f7334f4353ca258e43dd6116179cc4c9245f04d5f679a45e34eb6b3edb5e05130e746b7e3d6f6dd9c1704824d78a53e5a542ddc4e9881830378803cabd99ef85ce0110389c0e24821b2f011a2d388db33759523965e7a222d3c20b8cc02e88123c90b500397eb054dddfec782ea2366ad82054f0611492b74eae0198f64de734cbf103bbf794e18bbc5317f46c632e39853db5f70422be8c479f6b6f694971a967317e8c65484f29cb3c8f35b05a390b5f4f934ad323cbfaf670df1edb8e6f34f6710c3f3da5f492dee1a6bab574c7d2e436eaa6b416d559cc015d827921ba54a2d5167a9b97a5aabae68cea8b525863219c14afed3f1ac8725933c1dedd16474e27feb1f6dce2288ff927218600ba002f4780c942fba58cb7b257f4979945b27a549dbe3292fe60f92068284443c928c2461964ab5ae9273dbbdbd92317df835a32f55d751f6e3cde5ed657778d96f9b5df4e9fee6fe16f52f7bf7679df60d6a772feeba9783b6190bbd6c95e7a41f1188ae24c5e7ce54a9241ca2acc18714663dedcceef0ae8f1eda1df3b3f909dd806a1df31e543d33bbd737263abbecb487f7ddeb37d77009918bba1af5d7eafa2766d8471d225d786407981107ddd90475b9c705aa944f8f510ffb1317b380fa5040e5b26118ef41f1216124e03efaa0d78cda6fa06a5dd7f5637485dd907a9006e6374a65dda8bf078d3bd803578ff088b0a24b20f77323af38e1456a1f23988429432ef6a794c514ff5ba658a1ff46216e711ec8029996f3d0922941cb27ec45cb06677662122e25f732ada543fda1432d77e061c6ae71a0060abfc6f641d34cf9788ab338e3ca07f12f3379ca7443b7a9f9fd79a7cd9d545974c8ce40f374f4370baaaf78baccee8589d40c716ba2de65f7dabc8000fab39fa2cdf5e8deddc24c00b831b4e1f0245744fbbb0d8969a9ba6b85b6f7b051da10b4dbdb08222976904d617cea61c4700039b98f60d934c176042548f0675860174b64ab461fb90488715c0cc9084f304523e8ed46b2b9d2a4873c7ee7797ca9aad75724eca57a7955766fd417186f9ec66783bd3a8fdd04c3df7fa8e3e4a64f263484d1b69dda528bed876aab1e9fcdd6220b9efef9eae8eaedc13a51773991f875a1799146d10328f71794a5322c8f1e8907331652704441e4460ce9b562598745e3d93b86272c102398b70fe8dc5f747620ad0a2318ef838da55ab1bb44adeb2417bfbd636076616d8b7a24ce3d0fe8dc5f743e44ea75d3800a32c12f38ea97c7a3c90090f280c4fd45e29fac884cc7c336fa8c7d0a337a111995d36374a382c80bf9d72f0fcdf4c5e7019bfb8b4dbd5e314ae56abd5c6f94df31122fd54be7030ef7178727ef187c3dea6017cd54867c41b11db98765cd3e43f1265ec2a007caf00c3be843e445de7b5ed0f48800801ea2e31e43b207abec48aa2d0c8c2552b8f4d5d646e4ff13c53b1b3645ff6fa81d52974834e855ba271db377d7ffef01bffb8bdff73cbb9f618943d423fe0c563b21a687c97d9f91582aa12b3212111654bd51af7d1798eaf2ed49119790a04bbe486d59856c9b5c6d8def48a3d76c939f11e10226e38c33db2c5fbddbbdf10102eadb28d9b46e154e8d98c08161d429fe42b9f2e69a1a45a44e4b478c8a93fc144031b0c7dfd576c983aad2a13e09d7f267e95b3d475c3a3f524fc8d15ce28d92730ca0685c583af960e3401d7aa09025ccb0ab1a92f30f9e0a4ca348aaa6e5dd689535a8d8555c69abc339889d9f83a8944e4b893acbcd75a33167f1e4c4430a0b0bb2bb41c0a84ce932b4ac117fb35177167f5f31072caab8428667a2e9dba4d68b674e8fd1d31dd7f513973df4d45686f9ac668f5b153d0476207a1cef6602f9a1670c0f2c577bfe95b3ce9a5b683b89013f09dd716e7480f62fc47237d0ee43bc47902e30b81ea341f1867babf3a01f27f9d64961b7dd2b22a351afe80ddd301a8d8a5e36f4c6aa4f269e5bd284c4923d01038b90da7d1045bf3aaf36ca5785aca9979c66afead5f279d638804e716bb95235aaf147700ec136117d322682f816993ffd648c23260b483429a44da26d37126583c9e06b12164070f5052cf080b2da87ca08c0398a0f0f144db9128faeb2c0793539a60ff58a512be4ab12a3a6c7e9592253ab50d31b71dec7b95ca84e22b9e8348bb310e567f96bd9c966492523bd495cb6b9a57233350eac147a545a2071b99a859bc4947131f924509b7fb9fcf15f504b030414000000080000507b5dfbf488461f010000c30400001c000000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73add4cd4ac4301405e0bd4f11b2e9caa61d711c65d2d988305b1dc16d9adefe609394e456eddb1bacb41d1c8a8b2cef2939f72384ee0f5faa251f605d63348fd238890868698a46573c7a3d3d5def22e250e842b446038f0670d121bbda3f432bd09f7175d339e24bb4e3b446ec1e1873b206255c6c3ad0fe4b69ac12e8475bb14ec8775101db24c996d96507cdce3ac9b1e0d41e8b1b4a4e4307ffe93665d9487834b257a0f1c20ae67068c1f946612b404ec739f63d945d5e7f1b743d20fa7b5d027e9335c23624e113f2973f8a45b806b90b09298dc693c85b981953b486d88544a03fbb00fc8c6398ae19d29006d93b34eacd6f9b1c713ca7ac4150ab9a4d488dee550ed6bf845933456b88fb90881a440176168cf37409ececdf937d03504b030414000000080000507b5dcf48cfaeac2f0000915605000f000000776f72642f7374796c65732e786d6ced5d5d93e246b27dbfbfa2a35ffce46d908400c7ce6e0092761c617bbd9eb1ef334d33d3ecd0d017688fed5f7f2521401f555255564aaa92b23bc29e165029e5579d935465fdfd9f7fbc6cef7e5f1f8e9bfdeedd37c3bf0dbeb95bef56fba7cdeef3bb6f7efd187c3bf9e6ee785aee9e96dbfd6efdee9b3fd7c76ffef98ffff9fbd7ef8ea73fb7ebe35df8f9ddf1bb97d5bbfbe7d3e9f5bb8787e3ea79fdb23cfe6dffbade852f7eda1f5e96a7f0cfc3e78797e5e1cbdbebb7abfdcbebf2b479dc6c37a73f1facc1c0bd4f8639888cb2fff469b35a7bfbd5dbcb7a778a3fff70586fc311f7bbe3f3e6f57819edabc8685ff787a7d7c37eb53e1ec3677ed99ec77b596e76d761864e61a097cdeab03fee3f9dfe163e4c7247f150e1c78783f85f2fdbfbbb97d577df7fdeed0fcbc7edfadd7d38d0fd3f42cd3ded57defad3f26d7b3a467f1e7e3e247f267fc5ff0bf6bbd3f1eeeb77cbe36ab3f9184a0d0778d98463bd9fed8e9bfbf095f5f2789a1d37cbf48b7e722d7afd397a23f393abe3297579be79dadc3f44428f7f852ffebedcbebbb7accb95c5317f6dbbdc7dbe5c5befbefdf543fa6652971ec371dfdd2f0fdf7e98451f7c489eed21ffc4aff9bf62c1afcbd52696b3fc745a877e119a251a74bb09bdf0de1abb973f7e798b54bb7c3bed1321af8990f4b00f05a587ee123acf87b30f87afae3ffdb05f7d593f7d38852fbcbb8f6585177ffdfee7c3667f08fdf4ddfd749a5cfcb07ed9bcdf3c3dad77efee879737ee9e374febff7d5eef7e3dae9f6ed7ff13c4be968cb8dabfed4ee7db8f6fe2f8e4ffb15abf469e1bbeba5b4636f929fac0367af7312527fef8dbe67637e70b39a9f1c5ffbb881c26f66249795e2fa318bf1b560a9ae208b298e34a0d61ab0fe1a80f31521fc2551f62ac3ec4447d88297c88d37e7576bef4c7ed69c5270a5e54f98982d3547ea2e023959f28b844e5270a1e50f98982c12b3f51b06fe5270ae62cfdc46a19ff5df8cc48d8073e6e4edb7565021a2aa6ba24eddffdbc3c2c3f1f96afcf77d1dc5a905232c287b7c793d8ad0ed56ef5c3e9b0df7dae1463596a62fc97d7e7e57173ac16a4a8fa8f11f0b9fbd761f354296ac49967f883ffbc5daed6cffbedd3fa70f771fdc749f6f33fedef3e9c5146b55dd5d4f0c3e6f3f3e9eec3739c342b85b91ca5578dffc3e678aa1e9cf32855830bd9d0e5f8257ff01fd74f9bb7978b6a04d0886b2b8ab0aa453840119101441e61a432bec0fdbbc0f1231b8bdcff58657c81fb9fa88c6f578f2f9d69bc90b78a85d7583a7617fbedfef0e96d2b9c1ec6d2117c1521f608d2417c1d5f28498ca52338933eef66ab55c8dc44fc54218f4a485148a812529433ab842ce5142b214b2dd74a08924ebabfac7fdf1c2ff856cabcc714d6acbc319ba301516cf19fb7fda91a985a8a2cfefbdd69bd3baeefc4a4d98ab03133df49d8586de29310a436034a08529b0a2504c1e7447121ea93a3842cb559524290da7429210867de14c05f08f3a68014847953400adabc29200b6ddeac9da3480852232b12827092b780209ce45d3b8f9110a49ebcab85e0256f015938c95b40104ef216108493bc05c82d42f216908290bc05a4a0256f015968c95b40164ef216108493bc0504e1246f014138c95b40104ef2aeb51a252e042f790bc8c249de02827092b780209ce4ed3492bc05a420246f012968c95b40165af216908593bc0504e1246f014138c95b40104ef216108493bc0504a927ef6a2178c95b40164ef216108493bc0504e124ef5123c95b400a42f216908296bc0564a1256f015938c95b40104ef216108493bc0504e1246f014138c95b40907af2ae168297bc0564e1246f014138c95b40104ef2761b49de02521092b78014b4e42d200b2d790bc8c249de02827092b780209ce42d200827790b08c249de0282d49377b510bce42d200b27790b08c249de0282a47343b4ce76bbbe135e9e3a445ad520be1e56757deff9017f597f5a1fd6bb95c04a0a458197279490a8b8b678bedf7fb9135bd86d731c4458d4e671bbd9c7cb6cfe2c8c3d2e5b96fcefc5ddfbf575b95d6ec57b41fcc3d7cc76a168d878f35bf8c6d39fafe178afe9d53e4fe7e5e6c9a2e1f88ddf3f5db7f5441f8e6ee22ed940955c8eef35911afffb700c432d79cf60102cdca91d9cdf956c90faba79da7f5dec77a7c37e1b5fbfed987a5c7fda1fd6892693ed53f1bf93cd53cef50ff6e629ce26b477f7b3c3e6bc3329de5a96fafbb6fbeb7a6975bcfc71bebbdbd63227b14c6a1bd9e6e9dbefbde4162e9bc462cd55e8faaaddc89aeb4341bbcfe7cbb1bcc765e85effdeb1141faae2cbe5fa79a4c5f332f9d8cd392eef98269b22b28ecbb09aef0e27f3acd54ecbc763f2ffcbfba26c1ade63f8e7eb3ed499e34e9214997acf218281d7b74c6d779028eb325e61bb5c8df6cedb732066b855a8d2e52a79d4d5dbf1b47f89e3291f282903e4cd797ee9ee669c9c4d939d1ed7c577f13e0f8e85abaccb33a5ac6706fbfd89e1999fce97653cf33c1279666b9e993240de9ce797543d33483945fd9e99cc804366d63cefc6a872cfddfa8f9348428dc4943a2e6002fcb25ebffe14ca7fb8fcf143e84647ce54e84cb29361fcb6fddb2972bd1f7edf5e050938df6547f5f2bf257bb1a317b97bb1339fbcedc58e2edff6623f9effbb383fd12a82e097bbb4dd51308d5d33fe680ccfc3d88971f9ed72c44022901414c26272b992dadb3d519d7d437d5b5c4fb2303dc912f0244606accfb992ade955ce3534c2b99c60329c7b3ce7cabb92cb702517c1956cae2bd998ae641bea4a56375c49d1491cae9338984ee20838c98de76aeb33b6ae3eb339ffb70d0f1a713d6884e941a36e7890a38f0765bcc472ece0fc058e001e1a07087ee372fdc6c5f41bb71b7e33d2c76f4a724df35e34e67ad118d38bc6ddf022d7082f7206d16fde8b4ea12e6e3ef4711335819a63b8d084eb42134c179a74c385c6fab89002e71a30389760a5abd497a65c5f9a62fad2b41bbe34d1c79710d31196a3654aaa9c6fc49835d1bc0b729a3771dc6728e63efcfb3e450d8b4aee396e6854fa55de5dfc96aa1a6eb5839f1eb74961fe71fbfd2ef2efaf49edfc7ca74f7f2cef2f6f5cacb7db1f97e777ef5ff96fddae3f9dceaf0e0713c6eb8ffbd369ffc2ff7c5cece70ff090bd9987eb43f0f5bd7b7b795c1f92ef61b9df9cc67d4b8aea3ef73351d4b46cb2fc697f691ac5b8a1cb4be5ee2995bb94be3fc1f936ee5abdcf3ff1fbcb1705185fc9c55f45944f0b7c65e953cdd0a5522f6960abd4c0169281adae19b8b16ab9a439ed5273da48e6b47b674e28c43e2f88cadbe37c15035bc7239501ebe10030f7bcce9f0e195c10bf35ea939daceefa2bc2c177e7492afa963556fb596922aabc8c5f98e3ec81c82c17c9da4558f66db94d665e6d3079c6ad86e3702228e822ba738b3b095c55722ba145dce5707591dbe4707d13a369f7c8c2cd2f3747633ab36a62494504df87f54c2ba6599c9da8aead6ef3e6bdbe8091ae2e8395662c085a0ef9c4f91f9b6df18bf7e4453d1284cab75e0567198e0a58c361600d07371764acc8f317d58c90f53bbe9be8991434b6323bfe234a7d6b5e98376aaeb761552a285acb760041bd89cb1f51f122dabd30a89efa651f7abe7ffa33ee209d7fdee885736fe9aa474dbbec653894a59ab3d9d09b78e52581a19559b8a61ed99927e02a4535b4af6aafd0114f21503317d7a9dd1ea97aa51aeb09ca97a4619bfa8a8c93558d75d67fb24f58a2372c67e097086af286e252b3db53552f36633d42f9aab21a03ff3ad7dd668821a3e63044ae39649fbb449b583ec2af3b54f808b282f8532873e604cc972ade929e36edf3ca86e7e5ee7374b2d77db24e1f771a8d9eb1985b93aef5353ebb6db9c174500a191a79f66226899fbd3a89d4f7ecc3c1a4a1879fbf6db76bb6dfdf25af35ab862b150cfff1fdf5ad392e58971e3861707eb1f16860abc26a46159ca84854d17470b05561d7ad8a9fe2ef39d99a485ed3410fa366f4c0898ef38bf546873575eda927a00ab7195570a2235145add121ac8a71ddaa88b6316f766fc5a263ac8bebabcdea8207b68bc0aa96f9f4f2d49c58b9bcdc78b488a9a596324d5a2d9cb8b9aaa5e9c811534b0cc7d0f5f2e37275d833eb572fd12b451e75fd000a51656883b19938524074d7f13ee1d138615dbc370c8797af36b8ef185fbe0ee1bdc3b2074ec53b268c1dcd9977d8cea8e24e9d70764df2e3f9a92bf72e2ff66f87cd995427bb972f5712227a0568580bf04ab87bd615f2fe13bf8a52ebbbf9a814754ffb569bea6407def9349cbcd2ce57abd28fc8d764f14865316a496d9c4e1458f29dc420fe612f174575bbdb9331b5a7ea6d2913f0956684a2327b10f3babaace77190d6f338dce04c2227bb9652cfafdc1ecfff6d6473a1a41547a5561c215971d4052bd6bf354bd2766ea9ed5c24dbb95db05dd39bec242d392eb5e418c992e38e5b127fa39ba41927a5669c209971d20533b6b3d94cd29ed3527b4e91ec39ed823d35dcf0c526488b65dc78b160d555721d4a92180b8b464cfba9ee1cbc9575643b966561283c02878c3d2043c81e90dbb2bdd361cfd8be945c968b3006bbb2009434ad2ce8635d9bb8e61fecfa82f2a349ada16790486818255d5cd9e586ecd1bc186587b4b8b2ea835dd79e0207754f017b63af3561d467a776dcd638dee778feab3ab4f56098059b95ba89ea649a71c80aef900afe46d59959c8bc5d731348be2db56a1e192257ed268349b2cca36ace0731aabc8f71f55468a7ad9c70a5b60068e64eb796db1c7fbabd41554f36444fc730f76f4380c6d0cc62301a381ccd5cd667e632b7ba5bf1f5556c62aeac305590a2aa3ef6661f44a5466dd8d99b0e530dda95d56823ab91a516f096cb7f2f2e3ddef32a48f77f67e920bb1d5d8284d4d3bea4d87c649ac62502dd2c6e4a89ae44c738147512bd129ff0c05449baf105e7e94795dfab60b43490eb8c31df1f9ed687f377d171678c0ab43948a1cddb36d3a46f06e8b3a23897fde94bc70dd08737bbd012ebf76a1fff0df6f18782fa4d6e53520ca4f860a6e49017c65294d42154d070722bf1334e381d2e6bba04bfdebc5ccc6c5f7db88e938ece98a9fcb2ff3a5fee9e3e6cfebaea67788dcff81de1f0fc776044f884e3ac15dfe28a6f7c9718d4c4c0b899eae7c3f5439f3687e32934ee3dd315d1ce20619586921b3bbbc02ab9b2aad513d253c06eb3adcd3d7229ff2a2a97cb73d77fcb5d7fc8e8e3e1a2a587b4213966dd2ec9aaddb36a1cace15ddd57d840d44390867a0cd3fef0b7f5e1bc72b1c2fc4c63e1eb35b4eff375c25d6dd7cb431ede847f7eda6c63a217fd5ead1ec417b3b36474ed5c7bb183ab2c29f5bcdf1ffeeabd7aa0d0ecdb5952ce2985689733edd8079e688ed5003dc6cc446b025f9b4152b7481990109b7673bb8037a0cdee02b208b5916509b919034d3cdb0b7c3f074df273669fb11baa8214d11b6b0b1c03bdb177c2698edea68eedda0eefbba20ea137812fc52009bc7258426f3acef102de8036c70bc822f4469625f4660c38f183109edc66c73438c95eed2b7a435590227a63edd467a037f6867dcdd1dbd89d5af6829d80ec2ea1b7e97c3e1f4d790f0a4ee095c3127ad3718e17f006b4395e4016a137b22ca13773c089ebfbde88094eecccd5dea2374c0529a2b7e219db4cf4c63e705b73f4360a9ce978c64e40b7925c07d0db64e03a338bf7a0e0045e392ca1371de778016f409be30564117a23cb127a33069c788137f1274c70e264aef615bda12a4811bd8dc4d0dbc844f4660f27ce74ce4e4037f0dc01f4e6cc678b85cb7b507002af1c96d09b8e73bc8037e0ad8eaa9645e88d2c4be8cd1c7062f9b320bb80ab3867f61abd612a4811bdb962e8cd3511bdf9b6bb18706a6fb7bcd401f4168ca7aec3c9b42e3c81570e4be84dc7395ec01bd0e678015984dec8b284de8c012781e73b5e7e43657eceec337a435590347ae31cfc18e9837bfca3084cab3ce11abfaf8eeea84a6a67bfbecd404a1bfc508391c6815f8ea404f14f5ed38fcbd597cf87fd5b982919b424932e851357cea6e9adf2b229dc0c50f5b47f7bbcb9ba4b610e09f31e83339a31b4702529bc48366bda6620085bd133253e6751b9610a615ad5be077a374d01f93cb562e922b6cd5935db4aa0cfe896025e28e009e5d21ca2874bd58b76c97648b65341bdbc5e3369d40b6f34c344bd8bf9c0759dbea25ec97e117a379b01793db5b0e922eacd5935db82a1cfa897025e28e009f5d21ca2874bd58b7ac97648b65341bdbc1e3d69d40b6fd043a857b5cf86de4d7a405e4fad7fba887a7356cdb6aee833eaa580170a7842bd3487e8e152f5a25eb21d92ed54502fafb7511af5c21b1b11ea55ed4fa277732390d753cba42ea2de9c55b32d3ffa8c7a29e085029e502fcd217ab854bda8976c87643b15d4cbeb099546bdf08650847a55fbbae8dd140ab6ae875a4d7510f5e6ac9a6d95d267d44b012f14f0847a690ed1c3a56a5ed74bb6c3b19d0aeae5f5d24aa35e78232d42bdaafd70f46ea605f27a6ad1d545d49bb36ab6c54c9f512f05bc50c013eaa539440f97aa17f592ed906c278d7aff75d83c71d06efc1214e45e563813c8a506252263e67afea18efa1beaa804c4e500e521d8ef4ec76890e36ab3f918a9f4ddfdcbf2bffbc3fb59689e689475883166c7cd32fda29f5c8b5e7f8edec8fce4ea784a5d9e6f9e3689221551ac99113dd439a4796d3cdbee4ad50cad32320aa8ef5e5f8280c518b57159204dd5e6febb3ff1681472aa1c977a4ab66d3389faea6210fd5ec74d77c24d5f6ba6c339798409d44d5b3fb3c8cfbae967a8b5ba8a7eabd15bd4fbad52f18efaad41460515f184c7958c51ea0f4b250c93a39b5bccd325bcd56a1975b6dea4921e351ba670c8ce0fba16c7a8b847c1d76430504b6dad6c275184f16c2ff0fdebc8d9a301d257352df7916fb44af534f6b9fa4a7fe4739af85c1d45405efbf9741110de7e9e8a80059b53fb598151414540e17125a394dae553d1c3e4e8e6160175096fb5aa479d9dc8a90848672f503864e7075d8b685404a4e06b3218e88411ad6c275190f103cff6d8dd33b357352d02926fb44af534f6b9fa8a80e4739af85c1d4540de693ce92220fc341e2a02166c4eddf8054605150185c7958c523a3d888a1e264737b708a84b78ab553dea3c98858a808a45401de381c2818a801ade7f3f2623cd824fdb2220d94ed276320519d7f7bdd175e4ecc191e9ab9a1601c9375aa57a1afb5c7d4540f2394d7cae8e2220ef70c27411107e382115010b36a7c389044605150185c7958c523a4c918a1e264737b708a84b78ab553dea3ca78e8a808a45401de381c2818a801ade7f3f2623cd824fdb2220d94ed2761205192ff026fee43a72f61cedf4554d8b80e41bad523d8d7daebe2220f99c263e57471190775673ba08083fab998a80c52de0745663f5a8b09e80a2e3ca6edaa7b3a5a9e8617074f37b026a12de8a4dd06a3cb6978a80aa3d01358c070a072a026a78fffd988c340b3e6d8b80643b49dbc914642c7f16643bb1dd064e5fd5b40848bed12ad5d3d8e76aec09483ea787cfd5510474058a8097c38fa908885004a4a3ab054605150185c7958c52a1a3b6a908d8f1a287b9d1cd2d02ea12de6a550fa1f0a422603b45401de381c2818a801ade7f3f2623cd824fdb2220d94ed276120599c0f31d6f701d395d90713357352d02926fb44af534f6b9fa8a80e4739af81c4611f0c7f5d3e6ede5c3f3f229bcc3e2d1c0e797ef92d715ce05beecbda6f2dfade43b887ef3d6ce1e0d7e4e01f3005c5b9796012ab54b4b8154dea585c0d60f4a8aa18a9f5c8523cd7712a55f0c14c43f79d53f2e575f3e1ff66f218cbaaf77a104c563a3f1c82b6e24d7c1f86a10ffe4f0d5f9be6481543345bf8616e1917bebebdecab537c4321874a8aa2a8870002f06d12f3380d3d79aa1e40d25ad269e599812d6e1c97052922c4fa8262797450ac4521059ca783e1b2cb88755624d1c102990a9032207307940c480d88abc20e22b5de12b1499ed44665d1020772c70f6c0e83e33177274031c9d184ce367bfebc661343bf15e4b16533c789dc762e0c7af138b2964c345309e8f398d762db42904220574d219400ee4e8338018d811eed28288c57485c55064b61399f5153233e71a664fbcec338b214737c0d189c5e87b607243094cb3237bb56431c59363792c067e7e2cb19842369cdb8bc584d329d0469b422052205308440e600a818801b1187941c462bac2622832db89ccba4040ee60a6ec915d7d6631e4e806383ab1187d4f7c6c8ac5e875e6a0962ca678f41d8fc5c00fc0231653c886d360329b736a3a0eda140291023a70122007720225400c88c5c80b2216d315164391d94e64d6050272274b64cf1ce9338b214737c0d189c5e87b6455532bcaf43a34494b16533cbb87c762e027f8108b29aeaf9d2c069ec3ce8623b429042205b428192007b228192006b62f465a10b198aeb0188acc7622b3b67d31d9d6d8d9a6e97d6631e4e806383ab1187dcfdc688ac5e875ea83962ca678f8008fc5c08f20201653ec38379d0fc69c6ce8a24d211029a06e7f003990f67f0031b0630ca405118be90a8ba1c86c2732eb0201b9de9ed9aeaf7d6631e4e806383ab1187d9b863795c0f46a5bad158ba9dcd50fdfcceff497b4704f2bbadc3ef0b0a3d4d31358360a2c0b78441a1a5c9382929be426e85ca6a176b67937c93846ea5d35e1c70e9b3e175567d317830a0f993515d5578575ce64c8d1da96ad9876e98a62a58e6bd24f13de24fa2dc90ae9572200ba8e3e83ce4174bbdfdd3a824b4a27de74065ec829eeeb5571ac199ca05ddbe452b401b6a5de009bd826b14d629b5d4b49328badcc6b424c7c13cbf8c4378d33197abc12e3ac45b5c4398973761b6410e7d44ff7ca9cb3fa8b4df576e5c439897312e7ec5a4a9298ac0d6c194d9c13cbf8c4398d33197abc12e7ac45b5c4398973761b6410e7d44ff7ca9cb3b2b9bca5de5c9e3827714ee29c5d4b491293b5810dbe897362199f38a77126438f57e29cb5a896382771ce6e830ce29cfae95e9973561e0560a91f05409c93382771ceaea52489c9dac076ecc439b18c4f9cd33893a1c72b71ce5a544b9c933867b74106714efd74afcc392b0f6eb0d40f6e20ce499c933867d75292cc2626f39ae713e7c4323e714ee34c861eafc4396b512d714ee29cdd0619c439f5d3bd32e7ac3c66c3523f66833827714ee29c5d4b4932b4c3bca30e8873a2199f38a77126c38e57e29cb5a896382771ce6e830ce29cfae95e9e73feb039f29bd5462f2a34a81d35432e590e95eb409e3854ba0579da953463a63c8faa7828d82158d59aea208b4d8c7f08f6bbd331f2bbe36ab3f9183dffbbfb97e57ff787f7b3300a2389eb1022cd8e9b65fa453fb916bdfe1cbd91f9c9d5f194ba3cdf3c6d94d16c4df605e6f434dbab468fc3c0998e3dd67d5838c95db7a831e740b6deeb1cedb4b9c520facdc1d0f31da6afd576d65c1b370ac41c558df2cfd843bd4b3e81105c1092ebb49b3c54aad52e2cb82b87252062381011b270b7a1489bb1d3673862a0ded12089677b81ef33ab9aba8112d45b558325dc5eca5958026fa44cb0041796e49a316662d1828778e5b0044b0c87254216ee362c693376fa0c4b0cd43b1a2cf18370b6676f2acd5e6d1f96a0deaa1a2ce1b6dbccc21278af4d8225b8b024d7af2b138b363cc42b87255862382c11b270b761499bb1d3675862a0def16089ebfbde8839d7dbbac112cc5b558325dc8e6c5958026fc746b0041796e45aba6462d1818778e5b0044b0c87254216ee362c693376fa0c4b0cd43bde97388137f1f3cb9b2ff7a8172c41bd553558c26dda938525f08e3d044b90d7966477fd676271040ff1ca610996180e4b842cdc6d58d266ecf4199618a8773c5862f9b320bb34e3768f9ac112cc5b558325dcbe0e5958026fea40b0041796e436866662d1858778e5b0044b0c87254216ee362c693376fa0c4b0cd43b1a2c093cdff1f29b5b2ef7a8172c41bd55182c295fea0a5fe1ea368a425a984efa007d2a37f2a5f7cbebbb3730b7079f764657a1b3e35f175d5949b41eff5a1cb3d794e094749f05cb4131bdf12d96d2b80f1b3448453bc76a7af4afa9b7b3553dfeced61c92e54cd57b1a402baabd96e9a9a3ee6e78fbaab6f7e14b5613baa69e54b727156e84edd4c7b2dbaa309918af053230a15e08967a2f04a2641da064029b99e567bdb6764883c04ebf7b451844cd64cd6f3c6caa939c49c63dd1338de89980ed4cd57ce3044d7aaaeaa8cb1b4ed1daef4ba23949ab5f4144d34034ade20b33f5de3044d33a40d3049a3bc8cf7d6d758c00819e7ef7ce3188a6c99adf78e854274d938c7ba2691ad13401db99aaf9c6699af454d55197379ca6b5dfa749739a56bf8288a681685a79af2c4bbd5716d1b40ed034816637f2735f5b1d7440a0a7dfbdc40ca269b2e6371e3ad549d324e39e689a46344dc076a66abe719a263d5575d4e54da769adf7add39da6d5ae20a269209a56de3bd052ef1d4834ad03344da0f997fcdcd756473110e8e9776f4583689aacf98d874e75d234c9b8279aa6114d13b09da99a6f9ca6494f551d7579c3695afb7d3c35a769f52b88681a88a695f752b5d47ba9124deb004d1368860858f0df528745d84e8f5ef79a3588a6c99adf78e854ebde34b9b8279aa6114d13b09da99a6f7e6f9aec54d55197379da6b5ded758779a56bb8288a681685a796f694bbdb734d1b40ed03481e6b0f2735f5b1d6741a0a7dfbdb70da269b2e6371e3ad549d324e39e689a46344dc076a66abe719a263d5575d4e50da769edf779d79ca6d5af20a269c234ed5f87cd13b7c363f4a24263c77133accc248ee30ca25f3671bb5c3cbbfd3c0097fba46580bea8929602a9024b0bc9e5b07ac5fc56af1843d99e6c9e55e9fb2b4c2e1fcf4f0d3a2a476028382b1a627a8b39670b610041610f9b0ca25f410f1bb778f00ee28d02a14055d3e73324506ffa4cd8a010f0e3f96cb0e0b690c442071029107c00910340081031208c0017248912e405f50427a8b59eec305280790c6105a697cdc6f3c013f7b236d102eaadaae1056ef7d12c5e80771f25bc50ec65168ce763ce26798b19f6a08e690029a06e9f003990667a003120bc0017248917e405f5042fa8f540eb305e80790ce105cedea0d978e60a7b599b7801f556d5f002b70d5e162fc0dbe0115e2884fddc5e2c269cdd9a3633ec21780122058217207200780122068417e08224f182bca0bee005a5663c1dc60b308f21bcc0feb6cbf3bcd942d8cbdac40ba8b7aa8617b8fd98b27801de8f89f042b1095f3099cd3934c161863da8d51f400aa84d2d400ea40b24400c082fc00549e20579413dc10b6a5d213a8c17601e437881e965f3603ee4ac966479599b7801f556d5f002b73148162fc01b83105e287e0d39590c3c871df62366d883d62f00a480d62f00e440d62f00c4c0d62f8005c9ae5f9016d417bca0b43db9c37801e6318417d88b0246dec8677febc5f2b256d72f60deaa1a5ee0ee50cfe205f80e75c20bc5fd6ed3f960cc097b9719f6a05d750029a01de10039900d97003120bc0017248917e405f5042fa8ed93eb305e80790ce105b697cd17b3197b126679599b7801f5566178a17c9d237c79e3a41978400d6cea0434150f05412f954342a04ae5a0005c5239260884088e2a8938aa9daf0ff0a2f16d974a29003663f86ef42bf88cc3a9f4d4568181f09e581031591899a9c70d765ab1a17aaf1ee38dc002c6578ddf5fac91bb427629a4f4f84734a5dbd266eacc86ec8c7a4b91895b0b32018e0a768cbaf5dd7ec31d209d13daee6ea96f77277ed7017ee70493e19cbbcf16c8f0040605b5e7a91e16d28fa77a5458031ed171653bee548ddb13aed7c2d6f936d89e1758017b411ef13de27bc4f7b43102f13d14bb78737fc45951a41be36bbfad863ae7534529e071c10e52bfd64d677e155fe8a9372e21e6d701e6b7188c060e27422d28f3131814d448a57a5848df94ea51616d5244c795ed8a52356e4f985f0b4d505a607ec1c4f77c4ff82989f919006e89f975d108c4fc70ec6279736f2e9ed65b647eed374852677eaa28053c2ebc3450bbd64d677ee52da82cf51654c4fc3ac0fca6f3f97cc4d9cb6e43999fc0a0a01617d5c3423a5a548f0a6b60213aae6cbf8aaa71fbc2fc9a6f67d506f31b85dc8f5de1643d25313f13c02d31bf0e1a81981f8a5da21e021ebbd4c54ceb2d32bff65bdda9333f5594021e17be08b876ad9bcefcca9b095aeacd0489f97580f94d06ae93da6d9a895007cafc040685303f816101cc4f605410f3131e5792f9558edb13e6d74263c236989fe50701bbc2c97a4a627e06805b627e5d3402313f1ce637f2029f0dec9969bd45e6d77ed35275e6a78a52c0e3821da47ead9bcefccadbc25aea6d6189f97580f939f3d962e1b2237404657e028382f6f9550f0bd9e7573d2a6c9f9fe8b8b2fbfcaac6ed0bf36bbec56c3bfbfcdc602afc94c4fc0c00b7c4fcba6804627e2876f166be1fd8e269bdcd7d7eadb79f46d8e7a78852c0e3c2f7f9d5ae75d3995f79836f4bbdc13731bf0e30bf603c751d4e84ba50e6273028a8e178f5b090fee2d5a3c2da898b8e2bdb3dbc6adc9e30bf169a85b7f19d9f1f389c1238eb2989f919006e89f975d108c4fc70ece2f9538f5dea62a6f516995ffb0709a8333f5594021e17ee20b56bdd54e657bebf0fbead6fda0cd1338a36658d9bb877ceba20ea243630883e890d0da1506223c31294ccd8b2494a64ec9ed0a9160e47d8e4c0d0a61c1e895a4b91809818f2966348ccf35023a24c30b0c8c1ef7404a0736a3d5d5fd58d68ba23d7afae45b4eafbb5b968891fa9865543cc1b39ffe9eb0355f5115cebe958644134755535a5bba0cbf48947d589b43ad2863cab75068f32b656b008d1c381153da1d37a6cf5d37aa8c44709824a7c1d2ff1b572268e2e48dffca0a7221fc2949e3b79221b0354e6d3d7fb4d99f27ae3fc54e833b5d0879e03f5f5022af5a11a9b8a7da64e3faa6ea4d96966e45badb3f9ee95fb507d5cade0577e489bad7e481b15fc284550c1afe305bf568e42d305ef9b1ff454f04398d473070e6563800a7efa7abf29535e6f9c9f0a7ea616fcd073a0be5e40053f546353c1cfd4e947b903935e8758926fb5cee6bb57f043f571b5825fc5de5df5b339a9e04729820a7e5d2ff8b57102a62e78dffca0a7821fc2a49e3b672e1b0354f0d3d7fb4d99f27ae3fc54f033b5e0879e03f5f5022af8a11a9b0a7ea64e3fca7563bdce2e26df6a9dcd77afe087eae36a05bff223996df52399a9e04729820a7e1d2ff8b572f0b12e78dffca0a7821f4a978eccf1a2d918a0829fbede6fca94d71be7a7829fa9053ff41ca8af1750c10fd5d854f03375fa517523cd8eac27df6a9dcd77afe087eae36a05bf9158c1ef72323a15fca8e0a7618aa0821fe3f5ae9f77af0bde373fe8a9e087d1c62c7baa743606a8e0a7aff79b32e5f5c6f9a9e0676ac10f3d07eaeb0554f043353615fc4c9d7e947bf88dbc91cfae1bb3b80315fc3ae85b5d2ff8a1fab85ac1cf152bf8b954f0a3829fbe29820a7e8cd71b2cf8059eef70bec1601d774e053fbd829e0a7e08937a309eba0e9bffb854f0d3d8fb4d99f27ae3fc54f033b5e0879e03f5f5022af8a11a9b0a7ea64e3fca6e345fcc380b4559dc810a7e1df4adae17fc507d5ca6e0e72d0f5f7ed81c4f852a5ff4c25dfc0ab0b0371e3453d84b6663e599bcc1da60070b3c83f827e7c0e743a6952b396890eb7ab12c250e317362d3904bd00cb21506e894a8aa4b01e3e901754bf49ebef6e179f9b40641940ce5ad270cd89ac435a896e698cb9b234d3d5179a0aa82cd0f0e8035a0dc503d3abaa94a0015eab72a21883bf97e7dc847de97efd62fa14d109c2038c619b904c209847711845b8e1db8ec450604c3db80e1b63b0aa6ec6d5e04c45b089006ecd11f28de94327b01c67195a900c78b475617e038f8b86a82e37d82e3c227d8111c2738de4538ee5a9663d99c002038dec2790a8eedda8eb841088e1b6f8ffec0f1a694d90b388eab4c05385e3c50b200c7c18749121cef131c173e5f86e038c1f12ec271c7778716bbc9becdcae904c76b36c8d89d5ab6c8312e04c7bb628ffec0f1a694d90b388eab4c05385e3ceea900c7c1473d111cef131c17eefe4e709ce07817e1b81dd8c311fb1b4f8795d3098ed76c9051e04cc7337183101c37de1efd81e34d29b317701c57990a70bc781843018e830f622038de27382edc9b95e038c1f12ec2716b309ab8634e00101c6f61edf870e24ce7e20621386ebc3dfa03c79b52662fe038ae3215e078b15572018e83db24131cef131c17ee9c46709ce07817e1f874ec8c07bc002038de3c1cf76d773160d7bc980621386ebc3dfa03c79b52662fe038ae3265e0781cbf9fdee281c3045040e397d7ef2e6f8062f10b3269018be7004992b2d288a42514aed4fd3db7573279aad466c9b2f4ce1bb44255e5a8153c68c9540f1eb3b4192a4ae36f4e3354a5b11f0a7ed149aee6bbd12f9322a4af9d1bb70ea7a6d13795986db7fb78d647cf7661f5eb85103866bb79e5a20980112a1f3ed440efb4e9545ad7ac131e9a516f7d804b7d32b85ccce8b5e5c67800e332ce6d30ddb62dd49fa4a13488e489576ce21fc169d0059eff5042a024561e47bf82370aa82bedd611aee03ab720801792f4b506490a848bdbd1324fbcd41b5b1203338181e53a52660655e06002c3025898c0a8c4c374e6615e6005ecfdadc4c48889759489590b67316677ea202ea6cac572cacd4d0997cbf5b2b1060c4c7c4c276ba031b2f964b1f045eeb57d4e361bcf03cf17be556265f2acacd8d894c7cae0fd4d899599c0ca040685b03259148a362ab1328d595930f13d9fd705b798d98995112beb002b1b8fad85c55e03c3ec9f48ac4c22bde6949b0baccbe57a595903062656a69335d058993f9a4fe6ec8d86ac09b14d56e605b3f18cbd089b75abc4cae45959b1bf2d8f95c1dbdc122b436665b9de559909c881b2b25c7fdacca0362bf5a20d0b606502a3122bd399958d425ec6aeb7651b0a768e9509c42eb1b28eb2b2913f1ed9ecf301996d34899549a4d79c727353c2e572bdacac0103132bd3c91a68accc737d7b2ed261b77d56b6f03c6f267eabe5ac4c9dc1145b02f3180cbc3330311864062380dfe5198c00b482301859c486362a31189d198ce50701bb36955df2d0390623cbe889c17487c1380b7beef2baa6e340aafe32989c727353c2e572bd0ca601031383d1c91a680c66b1580c3cf6f966ac09b14d06330fe6438f4d0c59b74adf2bc9b3b26267681e2b833788265686ccca725ddf3213900b6565b9cece994147acd48b362c640f56f5a8c4ca346665be17b8017b12cab6e2ec1c2b13885d62651d6565d6d89d8dd9155966035a626512e935a7dcdc9470b95cf31eacfa0d4cac4c276be0edc1723dcf676f4a664d88adeec11a79239f4d7659b74aac4c9e95151b84f35819bc4f38b132645626c049e45999005c84b03259148a362ab1328d5959e0078ecf9e30b3dfa0758e95c956298895758795cddd913b60432f661f62626512e935a7dcdc9470b95c2f2b6bc0c0c4ca74b2061a2b0be69e336777c6604d886db2b260be9871ce4967dd2ab1321156169dc8c4a762f1ab50fa75d9d94df4abd3073435def4bbd689a7f4f826ab15f436f5ed99cd9e4e985b7a178b9ab172ee863288a7b0ebfc7a378ac899abfcea58d78490b020328b2802d11874a8fe9c6db31844bf8299cac63fd846660153f8237aa376d98d4231417503e3f4598ef0eec50412fa01129aef484b30816002c1048209d216f56c2fe07404d00d2878737f140cc56fb54ea850d255330d15e02d35092af4022ab4d02691a0024105820a0415e40f780d42b0c0fe4a8295abda840a81e5cdbdb9f8add609154a5abda5a102bccf1b41857e4085e67b77f50d2a8411e34f24f67dd60e15723794810a85adc90415082ae802155cdff746c2b9aa4da8e0cf82a1c76660cc5bad132a94f4544a4305784325820afd800acd37c9e91b5418fbd38523d1e4ae76a890bba10c5428f46124a840504113a8e005de84b3538e95ab5a850a232fe0eca760de6a9d50a1a4d1471a2ac0bb7c1054e8055468a17343dfa042608ded01fb9412e60af9daa142ee86ca3771105420a8a00b54b022b22e9cab5a5dab30f3fdc016bfd53aa142c9eef33454806f3d27a8d00ba8d0c276e2be4105db99783376dd94d9e2a476a890bba10c542874e121a840504113a81078bec36935caca55adae55f0fc29a7812bf356d1a1c2bf0e9b273e44885f8522039b904159539afabaa73ce445751392a8ec1d020192b2c94d7c4562fc2378d7804de87253bc5ca0e8f9c4f537e4107ed49c3a798f9a40a6b9fcc4537b6f0a7d1e15adf1c36410fd0afa1fa097021a1840bc512814a8de0c19bd4b7d33246103c206756203b5ed42eda183f964b1f0d94d6a3a8b0fea7f668d1082ed8e82a9886376012334f0b0682861369e87645cd80bdbc409a8b7aa88144af642a691027c2f242105420a752205b5dd42ed21057f349fccc7c2f7dd09a450ff336b8414a68eedda6c58c4dcba6a345268e061f18e8d0e66e3197b8135cb0bdb440aa8b7aa88144ab642a691027c2b242105420a752205b5cd42ed2185fa8fb9d70f29d4ffcc1a2185b13bb56c9187ed025268e061f18e67f53c6f26ee856d2205d45b55440a253b21d34801be1392900221855a9182d25ea1f69042fdc749eb8714ea7f668d90c22870a663f66e14668f0ba39142030f8b776460eda7a3eb7990bb225228d90899460af08d9084140829d48914d4b60ab58714ea3fe2543fa450ff336b8414ece1c499b2bf16636e46311a2934f0b078eb146a3fb157cfc385159142c93ec8345280ef8324a44048a14ea4a0b653a83da450ffb17bfa2185fa9f5923a4e0dbee42a6c385d148a18187453cf0b2ee5324f53cf0f286142eff3afee3ff01504b030414000000080000507b5dc56b48b1cf030000020a000011000000776f72642f73657474696e67732e786d6cb556dd72da3814bedfa760b8e16609b6714ce329e92450769349b6993a7d00d93e8036fa1b4986d0a7ef916cc564cb6632dbd92be4ef3bff3ae7888f9f9e391bec401b2ac57c149f45a301884ad6546ce6a36f8fabf187d1c058226ac2a480f9e80066f4e9f2b78ffbdc80b52865066841989c57f3e1d65a954f26a6da0227e64c2a1048aea5e6c4e2a7de4c38d14f8d1a57922b62694919b587491245d9b03323e7c3468bbc3331e6b4d2d2c8b5752ab95caf6905dd4fd0d0eff1dbaa2c65d57010d67b9c6860188314664b9509d6f87fb586e43618d9bd95c48eb320b78fa377a4bb97ba7ed1784f784e416959813178419c8500a9e81da73f197af17d86bebb14bd29548f237fea2337ec3d81b4d41d2d35d187e3287895df6c84d4a464301f6234c34beca8ef52f2c13edf11345e82b12b6a8713476032725d58620169a38031d79ec38a014163fb7ca309c7ce0a88d7a9614d1a661f495958a982d95912b574b5259a541674a14885d61652582d5990abe55fd22eb04b3516b1d53064070f1a7614f60fb4b28d86d6906f65efd1e97c7e56382cc596aeed574021e1851a03abcf77e4201b7ba454b413843e05e158875753712f6b70b9359abeffaa86217eace81b8e240ebca6353cbafa17f6c06085e917f43b5c89fab63196a2453f1bbf10c15b0180709ebf60c73c1e14ac80b8729affc999bf9715a3ea9e6a2df58da871687fd5d9e4f8e6717bd6261cbe4a698368145da7b3d9b4eb39c7f64c344db3383bc96451365d9c62e2f368965e9f62928b6c7ab13cc54c936c75713282abab78f9e1a4cebf47bdb88eb22c3dc5ac16d9c574d5d5a6ab08cfdd5a7cd0e1e4da6cc05b8d05e1a5a66470ef16e7c44994fae99a8ac09780ab048e99a22903391eb784e184b1154e7220a216afa9514b58fb33bb277ad3dbed24f44914b7c6ed8bad0afb04f41f5a36aa65f79aa8b67d82489ca69d2615f68ef2809ba62c8296c0e5774435a2feb2d3be4e7d79f6b9c5f6f36378477cef7a5910e36f856b3c20c65e194ae6c3bfc9f8f6a16b77a60bd7b5704f946a3bbedcc4f321a39bad8d9d9ac5af1a9f5cff516e928e4b3c97b49cff20954b16a5bb438f25013b929b066cda6369c0d21e3b0fd8798f6501cb1cb6c5f1d7b8cd9f700ec3d1e16bc998dc43fd67cfff04757bde4df7556365d8d6dd7236edd2de1205cbf629c07e942dd0bd0d66b0cbe1d962996b7c690646d19a9367bcd4289939e39d34f37bfb95ace39cb07a6da1269684fdf04ad9cfc43f62714f5445b17f8b032ffb97e7ac4d8b51838b4ce12365a50edcef9e8b534cbabac1d1c393c79334ca92288b5fe8d6c90d271b582ada0b4ea3a81bd0f0efedf207504b030414000000080000507b5de85ae55300010000b601000014000000776f72642f77656253657474696e67732e786d6c8dd0c16ac3300c00d07bbec2e49253e3648c31429232181dbb9441b60f701c2531b52d63b9cdfaf733593618bbf42621e921a9de7f1acd2ee049a16db2322f320656e2a0ecd4641fef87dd63c628083b088d169aec0a94eddba45eaa05fa0e42888dc42262a932b249e7105cc539c9198ca01c1dd8581cd11b1162ea276e843f9ddd4ea27122a85e6915aefcae281ed28df1b728388e4ac233cab3011bd679ee4147112dcdcad18fb6dca22de807e7510251bcc7e86fcf08657f99f2fe1f6494f44838863c1eb36db45271bc2cd6c8e8941959bd4e16bde835346984d236612c7e50688dcbdbf1856ff980470c9db8c01375710d0d07a521166bfee7db6df205504b030414000000080000507b5dfb39a07363020000fb0a000012000000776f72642f666f6e745461626c652e786d6cdd96c16eda301cc6ef7d8a28979c4a6c93b514112ac686b4cb0e1b7b00131cb016db91ed40b9d2fbce3b6c8f30edb049bbf46d907aed2bcc2401820819744348032139ffcff962fff4fd1d5ab7772cb226442a2ab8efc01a702cc20331a47ce43b1ffabdcb8663298df910478213df9911e5dcb62f5ad36628b85696b99dab260b7c7bac75dc745d158c09c3aa2662c28d180ac9b0369772e4322c3f26f16520588c351dd088ea998b00b8b2731b79888b08431a9057224818e13abddf9524328e82ab318dd5ca6d7a88db54c8612c454094325b6651e6c730e56b1be8ed18311a48a144a86b6633f98a522b733b04e98845b6c582e69b1117120f22e2dbc6c86e5f5856cece9a363966a6fe7ec606224aa5548c31178a40a34f70e4dba0e463bbebd9c1184b45f47a362a682166349aad249c68511063aa83f14a9b604997ab2ce88a8e8c9aa801d8acc1ce2ad0b7e17605edcca96f5782d4a7b15d818539e9835b6ec6a60c539f32a2acb7646abd130cf3fdbc90f95e813a78013cf34366e455f002a7e0f5daec08757abd0dafaea95c373cb8c3eba68a577a09339f637975311b984556715af2c9382d79a1f37002a8c8c95b56bc75e5c05c659c6e9ec5e9e9e1dbd3c30febf1f3a7c72f5fff511736f6d3926978372a17ba2f13d29fc5640fc390de91617563c20d40d000d7658d09ff04103db731bb38a226695541eba58d88d2c89d2768b02c689d6e49d00e68c8bf0ada62fe7331ffb5b8bf5fccbf9f3e6e4c0c89fccff226124989acca1b30793b90dd69f2963fb65ee0546070e4c196f33e9653c7acb0e26f05022fcdb1efe57d89ce75fc97be26eba77a4dae46aa7df11b504b030414000000080000507b5d944122b8c6060000bb2a000015000000776f72642f7468656d652f7468656d65312e786d6ced5a4d6fdb3618bef75710bae4d4fadb758aba45ecd8edd6a60d12b7438fb4445b6c285120e924be0ded71c08061ddb0c30aecb6c3b0ad400becd2fd9a6e1db60ee85f1829d98a285172e6c54dda2507c722f93c7cbf5f52f0d5eb871e01fb88714cfdf65ae552790d20dfa60ef6c7edb57b83fec5d61ae002fa0e24d447edb529e26bd7af5db80aaf0817790848b8cfafc0b6e50a115c2995b82d8721bf4403e4cbb911651e14f2918d4b0e830792d623a56ab9dc2c7910fb16f0a187dad6ddd108db080c14a575ed020073fe1e911fbee06a2c1cb509dbb5c39d93482b9a0f57387b95f953f8cca7bc4b18d887a46dc9fd1d7a304087c20204722127da5639fcb34a314749239114442ca24cd0f5c33f9d2e41104a58d5e9d87818f355faf5f5cb9b6969aa9a3405f05eafd7ed55d2bb27e1d0b6a5452bf914f57eabd249499002c534059274cb8d72dd489395a6964fb3dee9741aeb269a5a86a69e4fd32a37eb1b55134d3d43d328b04d67a3db6d9a681a199a663e4dfff27ab36ea46926685c82fdbd7c1215b5e940d3201230a2e466314b4bb2b452d1afa3d4489c7671228ea82f1664a2071f52d697ebb4dd0914d807621aa011b425ae0b091e327c2441b80ac1c492d49ccdf3e7945880db0c07a26d7d1c4059628ed6be7df9e3db97cfc1ab472f5e3dfae5d5e3c7af1efd5c04bf09fd7112fee6fb2ffe7efa29f8ebf9776f9e7cb500c893c0df7ffaecb75fbf5c801049c4ebaf9ffdf1e2d9eb6f3efff3872745b80d068749dc007b88833be800ec504f2a5fb4251ab225a10317e22474c31f73e843052e82f584abc1ee4c218145800ed21d709fc9625b88b83179a829b5ebb28948c79686b8e57a1a628b52d2a1acd800b7941849db4dfcf102b9d82409d88170bf50ac6e2a847a9340e61a2edca4eb224d956d22a30a8e918f045073740fa122fc038c35ff6c619b514e47023cc0a00371b121077828cce89bd8938e9e16ca2e434ab3e8d67dd0a1a470c34db4af4364ba4252b809229a176ec089805eb156d02349c86d28dc424576a7ccd61cc7850ca6312214f41cc47921f82e9b6a2add92b57141646d91a9a74398c07b8590db90d2246493ee755de805c57a61df4d823ee27b325320d8a6a2583eaae7b07a968e85fee288ba8f9158b242ddc363d71c8c6a66c20a731551bd864cc908a2c476aa21667a9bea77d83f56bff364bb4bdb6c95fd4eb691d7df3efdc03add86b46161b2a7fbdb4240baab752973f087d1d436e1c4df463281cf7bda794f3bef6967a8a72dac4aabef647ad78aee7ff3bbddd175cf5b74db1b614276c594a0db5c6f805c9ac6e9cbd9a3d1683ce48b2fa2812bbf6ada948c58891c33180e0246c52758b8bb2e0ca44c152bb5c3986bb2c4a320a05cde9f2d7d2a5fa8f4bae8fd1496960e1735f4f7473a1f145bd489d6d5cae685a1a2f37d53e29694bcb92ad4d4d627a546edf269a95189184f488f4ae3987ae4f8ed5fe9118da4c24c9dfae4994f9648294db31a6927b31212e4a8304d05f93c9ccf728c57729c1e11bad041c75997b07ea576b6a3a830a997d0f7b4a2adbc28dac2826fa8dd8ad6371674e28383b6b5dea8362c60c3a06d8de41d477ef502b91f57ad1192b1dfb66cc1d2d16aec05c7f7916efb7573a2a703ad6c5a966bf69cae13d2068c8b4dc8dd88385c95b62ef10da6aa36eaca25abb55569d55ad45a95f7558be8c910e1683442b6304679622ab57534632abb742210db759d03302413b603a575ea513a3a98cb035975fec06481a9cf32552ff0e602967eef6fa873e142480217ce0a4e2bbfde4474d98c88e54f7bc1a0f2d170ca46abb25ded1dda2ea7b29cdbeef46d37ab1dc847352763085b5e4e1804aa38b42dca844b65bb0b5c6cf799bcd39854945600b29829030042fdf03f43fba9c6399727e2cf6c4be4554cece03160583661e13284b6c5ccdeff6ed74ad578a0080bd86c934c85ccda42592830986788f61119a862de546eb2803b6f4ed9baabe173023635acd7d6e1b8ffbfbd12d6dfe5a95053a17e9287e07ad1552a71105b3f2d6d4fe2cc9f50a47a4cb7551b0545eebf1ee603285ca03ee4790a339b202ba3be3aaf0fe88ecc3b105f5580ac26175bb3d21e0f0ea58d5a59add4de6a8bf7ef226a50c6e8a2b3f99622116b39f7df6cac9d84222b88b58621d40cf97dbc485363a67e115e4ebdc4cb483590f965983a010d1f4a0937d1084e48e2e7623c9043899ec4836d564a3c0fa933d547088f7a59728c670e69c4df4123809d434322a4a261f6d3a9ece564e748b2d8d0316b6d39d61987e14019335797638e597499e5a92a660edf242f60270699238e6428240c1e9d45622f86b65fb94f97b4d1029f9657e6d32563f0847c2a0e97f069ecc5f0fc9fc95ea5e3a160b03bffe1992c09728f38fdaf5df807504b030414000000080000507b5d9e803ad7a70000000601000013000000637573746f6d586d6c2f6974656d312e786d6cad8cb10ac2301400f77e45c992c9a63a8814d352102711a10aae49fada0692bc92a462ffde88bfe0787770c7e66d4dfe021f343a4eb7454973700a7bed464e1ff7f3e640f31085eb8541079cae10685367475975b87805214f03172ac9c914e35c3116d4045684026770a90de8ad8809fdc87018b48213aac5828b6c57967b26b5341a472fe66925bfd97f561d185011fa2eae063861edad2d9edd2585afb80a9b647284d5d907504b030414000000080000507b5d3ecae5d5bd000000270100001e000000637573746f6d586d6c2f5f72656c732f6974656d312e786d6c2e72656c738dcfb16ac3301006e0bd4f21b468aa656728a158f61202d9427021ab90cfb688a513ba4b48debea253031932de1dfff7736d7f0fabb841268fd1a8a6aa9580e870f47136ea67d87f6e9520b671b42b4630ea01a4faeea33dc16ab96468f18944412219b930a76fadc92d102c55982096cb8439582e639e75b2ee6267d09bbafed2f9bf21bb27531c4623f3616ca4181e09deb1719abc831dba6b80c82f2ab4bb12633887f598b1348ac1e619d848cf10fe564d554ca9bb563ffdd7fd02504b030414000000080000507b5db5bb4c4de10000006201000018000000637573746f6d586d6c2f6974656d50726f7073312e786d6c9d90b16e8330144577bec2f2e2c931a0046814884800296bd54a5d1d7880256c23db448daafe7b4d3a3563c777ae74eed53b1c3fe5846e60acd02a27d126240854ab3ba1869cbcbf353423c83aae3a3e690539b98325c722387476df71c7add3062e0e24f21ee599cdf1e8dcbc67ccb623486e377a06e5c35e1bc99d3fcdc074df8b162add2e129463711826ac5dbc4b7ec80923ef165e79a972fc5537719a655142eb73d2d032d9eee84b9856346de25d599f4f51b52dbf711120b44efaed7c85deaee489addec588ff0ebc8aeb24f460f83cde317b34b2a7ca07f8f39622f801504b030414000000080000507b5d90d087896b0300008915000012000000776f72642f6e756d626572696e672e786d6ccd58dd6ee23818bddfa74091465cb58993340434b4a240565d8d4623b5f3002618b0ea9fc83130dcee4bed63cd2bac9d3fa88a334c1276cb8d137fdf39fe7c4efc05f8fcf08392de0e89147336ee835ba7df432ce64bccd6e3fef797e826ecf75209d91212ced0b87f4069ffe1fe8fcffb11dbd205122aafa728583ada27f1d8da48998c6c3b8d3788c2f496e258f094afe46dcca9cd572b1c237bcfc5d2761de0645789e0314a53c533856c0753aba0a3fc32360ae3f2d2759c50dd635671bcaf882788a9e08a0b0aa5ba156b8510afdbe446712650e20526581e345750d1ecc6d656b051c17153d5a1312355c068474999cceb72f3428ba144884b8acc21331e6f2962322bcf1688a882394b373839ead6944d05372549ed864f36bb4f80dfcef499807b351c092f297f998328c92baf6704ce058e688a0a7149096fd72c2b397df8f6cda4391577dd4edb3f05df264736dc8eed89bd565caa13fc0e57e1d1e9d6d276c53c6f60a20e108d474f6bc6055c10559152bca79f48eb5eb527b848a580b1fcbaa5bd37774fcbb1e564292cc54b15db4132b6a2ec33985ab68ed02d91f80bda21f272485099a31726289bced3244d48199c7ac0994f7d378f909d0e6035948ba9262a64990cf22cd542235a4d2e518c292415c10bfa51c53e81db6afeafb89c256825f3e9e49bc80a52fb2cc63247ad61a9eb842bc541e8383adf3e6662a625d0444558dd6d205bebfe6f7941999ef1dbd9f2d978a2e72fc50626b1678dc59efb4e38745cff438bedfbb562eb70f762bb26b1e78dc58e1e811b0cbd49476227cff240aa95bfe05497aebe4978d7f4c2096bbdd0e1eebdf04c5e448dbdf042df07c15d575dc6e4857b452f066e9d153adabd13bec189103476020cc064ea4d5ab4a0c5961024cf2afdf3ef7ffeff0eb41f8962883893a956358db1fa16f17ca00b4e32e84469fa660233a99fb115548a1664a285717726e3dce6edcc9b4fa2d97cda8d71ef4fd063163ddfcd3af2b55d37fb08be06265fbde6ad7106e65134ebe8409a7c3ddf19bbf1b55567fc08ae0e4cae868d5d9d3993c07dccfbd8155f78577cdf1d7d3ae7aa8e76ffbe0b4d460c1b1be10e0701505e5cf7785df174b5f2e13f3a5d2c33939dfe6e7ae36cb9afb0a0636760ae1916d4c03c33ecae06f6eec7f611e6d7c0eeccb0410d2c30c3bc1ad8c00c736b60a119066a604333cc3985d927ffa1deff0b504b030414000000080000507b5dc5c7f5bfdb0100004606000010000000776f72642f686561646572312e786d6ca595db6ea3301086eff72910375c1148b55a55a8a45af5b4bdabd4ec033866006ff14163079ab7dfc109d0dd2a296d6eb0c1f37ff38f19c3d5f5ab6c8216d00aadf268b948a30014d78550551efd5edfc79751601d53056bb4823cda818dae57dfaebaac2e3020b1b299ccc3da39932589e535486617da80a2b552a3648e6eb14a74590a0eb79a6f2528975ca4e98f8416eb7080f03914c9f0656b62aea5614e6c4423dcceb3468c7e879182a3b6ba740b921d7c10880f53925fd2bd5023a3cdc32daaec008847409f372365d6ca6608d6a762f7190ec3a0c0af6e174243456b656b61ec403be9f58dcf6e99ce70da692c26c5f7797bd98bc8e132f5b33729e714da4b0c6a0ed652cfc966e88ce97574d4779ff141f2ff7c98af5532d9ba45d6d13001e75456ec4543491f10dfb7ffa71cde30d5323be1aaf3700fa8b766a289f3688fea6562d9f358cf3533749424cf1e2ba5916d1aea0e6ad5a07fcbe18a3e4cc65f9ed00fcf6ed740d0652d6bf2f017b002304cfa953f7c78cae980ed9f26a3ce5f5cef39b386714a61102c600be12a0efa40e7c3a7e0b2296e6a86c1385bef0cc936505127fb8c4259876b783d820d9e7e3edc79f41878826bc130640ef6e823c88b83d1a31450c5a1ee0fab0ee27faa4efc3e27fe37b0fa0b504b0102140314000000080000507b5d987254bf80010000a80600001300000000000000000000008001000000005b436f6e74656e745f54797065735d2e786d6c504b0102140314000000080000507b5d33b3ca27e50000004d0200000b00000000000000000000008001b10100005f72656c732f2e72656c73504b0102140314000000080000507b5db28acef6890100003e0300001100000000000000000000008001bf020000646f6350726f70732f636f72652e786d6c504b0102140314000000080000507b5df4dbdb17eb0100006c040000100000000000000000000000800177040000646f6350726f70732f6170702e786d6c504b0102140314000000080000507b5d85200f7d71070000fe3c0000110000000000000000000000800190060000776f72642f646f63756d656e742e786d6c504b0102140314000000080000507b5dfbf488461f010000c30400001c00000000000000000000008001300e0000776f72642f5f72656c732f646f63756d656e742e786d6c2e72656c73504b0102140314000000080000507b5dcf48cfaeac2f0000915605000f00000000000000000000008001890f0000776f72642f7374796c65732e786d6c504b0102140314000000080000507b5dc56b48b1cf030000020a00001100000000000000000000008001623f0000776f72642f73657474696e67732e786d6c504b0102140314000000080000507b5de85ae55300010000b6010000140000000000000000000000800160430000776f72642f77656253657474696e67732e786d6c504b0102140314000000080000507b5dfb39a07363020000fb0a0000120000000000000000000000800192440000776f72642f666f6e745461626c652e786d6c504b0102140314000000080000507b5d944122b8c6060000bb2a0000150000000000000000000000800125470000776f72642f7468656d652f7468656d65312e786d6c504b0102140314000000080000507b5d9e803ad7a70000000601000013000000000000000000000080011e4e0000637573746f6d586d6c2f6974656d312e786d6c504b0102140314000000080000507b5d3ecae5d5bd000000270100001e00000000000000000000008001f64e0000637573746f6d586d6c2f5f72656c732f6974656d312e786d6c2e72656c73504b0102140314000000080000507b5db5bb4c4de1000000620100001800000000000000000000008001ef4f0000637573746f6d586d6c2f6974656d50726f7073312e786d6c504b0102140314000000080000507b5d90d087896b03000089150000120000000000000000000000800106510000776f72642f6e756d626572696e672e786d6c504b0102140314000000080000507b5dc5c7f5bfdb010000460600001000000000000000000000008001a1540000776f72642f686561646572312e786d6c504b0506000000001000100012040000aa5600000000');


--
-- Data for Name: calendar_day; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (1, '2026-01-01', 'nasional', 'libur', 'Tahun Baru Masehi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (2, '2026-01-16', 'nasional', 'libur', 'Isra Mikraj Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (3, '2026-02-16', 'nasional', 'libur', 'Cuti Bersama Tahun Baru Imlek', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (4, '2026-02-17', 'nasional', 'libur', 'Tahun Baru Imlek', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (5, '2026-03-18', 'nasional', 'libur', 'Cuti Bersama Hari Suci Nyepi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (6, '2026-03-19', 'nasional', 'libur', 'Hari Suci Nyepi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (7, '2026-03-20', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (8, '2026-03-21', 'nasional', 'libur', 'Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (9, '2026-03-22', 'nasional', 'libur', 'Hari kedua dari Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (10, '2026-03-23', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (11, '2026-03-24', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (12, '2026-04-03', 'nasional', 'libur', 'Wafat Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (13, '2026-04-05', 'nasional', 'libur', 'Kebangkitan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (14, '2026-05-01', 'nasional', 'libur', 'Hari Buruh Internasional', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (15, '2026-05-14', 'nasional', 'libur', 'Kenaikan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (16, '2026-05-15', 'nasional', 'libur', 'Cuti Bersama Kenaikan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (17, '2026-05-27', 'nasional', 'libur', 'Hari Raya Idul Adha', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (18, '2026-05-28', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Adha', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (19, '2026-05-31', 'nasional', 'libur', 'Hari Raya Waisak', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (20, '2026-06-01', 'nasional', 'libur', 'Hari Lahir Pancasila', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (21, '2026-06-16', 'nasional', 'libur', 'Tahun Baru Islam', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (22, '2026-08-17', 'nasional', 'libur', 'Hari Kemerdekaan Republik Indonesia', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (23, '2026-08-25', 'nasional', 'libur', 'Maulid Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (24, '2026-12-24', 'nasional', 'libur', 'Cuti Bersama Hari Raya Natal', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (25, '2026-12-25', 'nasional', 'libur', 'Hari Raya Natal', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (26, '2026-06-15', 'kantor', 'libur', 'Cuti kantor (snapshot)', 'snapshot', '2026-11-27 10:00:00', 'cli');
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (27, '2026-09-19', 'kantor', 'kerja', 'Hari kerja pengganti (snapshot)', 'snapshot', '2026-11-27 10:00:00', 'cli');
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (28, '2027-01-01', 'nasional', 'libur', 'Tahun Baru Masehi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (29, '2027-01-05', 'nasional', 'libur', 'Isra Mikraj Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (30, '2027-02-05', 'nasional', 'libur', 'Cuti Bersama Tahun Baru Imlek', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (31, '2027-02-06', 'nasional', 'libur', 'Tahun Baru Imlek', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (32, '2027-03-08', 'nasional', 'libur', 'Hari Suci Nyepi', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (33, '2027-03-09', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (34, '2027-03-10', 'nasional', 'libur', 'Hari Raya Idul Fitri (perkiraan)', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (35, '2027-03-11', 'nasional', 'libur', 'Hari kedua dari Hari Raya Idul Fitri (perkiraan)', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (36, '2027-03-12', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (37, '2027-03-15', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Fitri', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (38, '2027-03-25', 'nasional', 'libur', 'Cuti Bersama Wafat Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (39, '2027-03-26', 'nasional', 'libur', 'Wafat Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (40, '2027-03-28', 'nasional', 'libur', 'Kebangkitan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (41, '2027-05-01', 'nasional', 'libur', 'Hari Buruh Internasional', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (42, '2027-05-06', 'nasional', 'libur', 'Kenaikan Yesus Kristus', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (43, '2027-05-17', 'nasional', 'libur', 'Hari Raya Idul Adha (perkiraan)', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (44, '2027-05-18', 'nasional', 'libur', 'Cuti Bersama Hari Raya Idul Adha', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (45, '2027-05-19', 'nasional', 'libur', 'Cuti Bersama Hari Raya Waisak', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (46, '2027-05-20', 'nasional', 'libur', 'Hari Raya Waisak', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (47, '2027-06-01', 'nasional', 'libur', 'Hari Lahir Pancasila', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (48, '2027-06-06', 'nasional', 'libur', 'Tahun Baru Islam', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (49, '2027-08-15', 'nasional', 'libur', 'Maulid Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (50, '2027-08-17', 'nasional', 'libur', 'Hari Kemerdekaan Republik Indonesia', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (51, '2027-12-24', 'nasional', 'libur', 'Cuti Bersama Hari Raya Natal', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (52, '2027-12-25', 'nasional', 'libur', 'Hari Raya Natal', 'holidays 0.109', '2026-11-27 10:00:00', NULL);
INSERT INTO public.calendar_day (id, day, origin, kind, name, source, updated_at, updated_by) VALUES (53, '2027-12-26', 'nasional', 'libur', 'Isra Mikraj Nabi Muhammad', 'holidays 0.109', '2026-11-27 10:00:00', NULL);


--
-- Data for Name: calendar_year; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.calendar_year (year, source, loaded_at, revision) VALUES (2026, 'holidays 0.109', '2026-11-27 10:00:00', 3);
INSERT INTO public.calendar_year (year, source, loaded_at, revision) VALUES (2027, 'holidays 0.109', '2026-11-27 10:00:00', 1);


--
-- Data for Name: complaint; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, letter_number, letter_date, letter_subject, division_code, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, current_part, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (1, '0001/PENGADUAN/X/2026', '2026-10-21 07:30:00', 'email', 1, 'upt', 'Kantor Imigrasi Kelas I TPI Pangkalpinang', 'penyalahgunaan_wewenang', 'pelanggaran', 'Penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas I TPI Pangkalpinang', 'Pelapor menyampaikan bahwa penahanan dokumen perjalanan tanpa alasan terjadi di Kantor Imigrasi Kelas I TPI Pangkalpinang. Kejadian dialami pada 01-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, NULL, '2026-10-21', 'Permohonan tindak lanjut: Penahanan dokumen perjalanan tanpa alasan', 'TU', '0001/PENGADUAN/X/2026
Kantor Imigrasi Kelas I TPI Pangkalpinang
Penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas I TPI Pangkalpinang

Permohonan tindak lanjut: Penahanan dokumen perjalanan tanpa alasan
Wulan Ginting', NULL, 1, NULL, NULL, 1, 0, 'selesai', NULL, NULL, '2026-11-10 16:00:00', 0, '2026-10-29 15:34:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, letter_number, letter_date, letter_subject, division_code, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, current_part, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (2, '0002/PENGADUAN/XI/2026', '2026-11-09 07:30:00', 'langsung', 2, 'upt', 'Kantor Imigrasi Kelas II TPI Tanjung Pandan', 'penyalahgunaan_wewenang', 'pelanggaran', 'Penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas II TPI Tanjung Pandan', 'Pelapor menyampaikan bahwa penahanan dokumen perjalanan tanpa alasan terjadi di Kantor Imigrasi Kelas II TPI Tanjung Pandan. Kejadian dialami pada 30-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, NULL, NULL, NULL, 'TU', '0002/PENGADUAN/XI/2026
Kantor Imigrasi Kelas II TPI Tanjung Pandan
Penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas II TPI Tanjung Pandan

Ayu Fauzi', NULL, 1, NULL, NULL, 1, 0, 'selesai', NULL, NULL, '2026-11-27 16:30:00', 0, '2026-11-18 08:13:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, letter_number, letter_date, letter_subject, division_code, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, current_part, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (3, '0003/PENGADUAN/XI/2026', '2026-11-13 07:30:00', 'sp4n_lapor', 3, 'upt', 'Rutan Kelas IIB Sungailiat', 'pelayanan', 'sederhana', 'Petugas loket tidak ramah di Rutan Kelas IIB Sungailiat', 'Pelapor menyampaikan bahwa petugas loket tidak ramah terjadi di Rutan Kelas IIB Sungailiat. Kejadian dialami pada 09-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', 'LAPOR-2611000003', NULL, NULL, NULL, 'YANKUM', '0003/PENGADUAN/XI/2026
Rutan Kelas IIB Sungailiat
Petugas loket tidak ramah di Rutan Kelas IIB Sungailiat
LAPOR-2611000003
Daeng Halim', NULL, 1, NULL, NULL, 1, 0, 'selesai', NULL, NULL, '2026-11-20 16:30:00', 0, '2026-11-20 13:59:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, letter_number, letter_date, letter_subject, division_code, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, current_part, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (4, '0004/PENGADUAN/XI/2026', '2026-11-13 07:30:00', 'sp4n_lapor', 4, 'divisi', 'Divisi Pemasyarakatan', 'pungli', 'pemeriksaan_lapangan', 'Biaya tambahan pembuatan paspor di luar PNBP di Divisi Pemasyarakatan', 'Pelapor menyampaikan bahwa biaya tambahan pembuatan paspor di luar pnbp terjadi di Divisi Pemasyarakatan. Kejadian dialami pada 19-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', 'LAPOR-2611000004', NULL, NULL, NULL, 'TU', '0004/PENGADUAN/XI/2026
Divisi Pemasyarakatan
Biaya tambahan pembuatan paspor di luar PNBP di Divisi Pemasyarakatan
LAPOR-2611000004
Ucok Susanti', NULL, 1, NULL, NULL, 1, 0, 'selesai', NULL, NULL, '2027-02-12 16:30:00', 0, '2026-11-18 14:43:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, letter_number, letter_date, letter_subject, division_code, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, current_part, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (5, '0005/PENGADUAN/XI/2026', '2026-11-20 07:30:00', 'website', 5, 'upt', 'Lapas Perempuan Kelas III Pangkalpinang', 'informasi', 'sederhana', 'Permintaan informasi jadwal kunjungan di Lapas Perempuan Kelas III Pangkalpinang', 'Pelapor menyampaikan bahwa permintaan informasi jadwal kunjungan terjadi di Lapas Perempuan Kelas III Pangkalpinang. Kejadian dialami pada 08-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, NULL, NULL, NULL, 'YANKUM', '0005/PENGADUAN/XI/2026
Lapas Perempuan Kelas III Pangkalpinang
Permintaan informasi jadwal kunjungan di Lapas Perempuan Kelas III Pangkalpinang

Fajar Ginting', NULL, 1, NULL, NULL, 1, 0, 'selesai', NULL, NULL, '2026-11-27 16:30:00', 0, '2026-11-24 08:24:00', 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, letter_number, letter_date, letter_subject, division_code, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, current_part, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (6, '0006/PENGADUAN/XI/2026', '2026-11-23 07:30:00', 'langsung', 6, 'lainnya', 'Kantor Wilayah (umum)', 'pungli', 'pemeriksaan_lapangan', 'Pungutan saat layanan kunjungan di Kantor Wilayah (umum)', 'Pelapor menyampaikan bahwa pungutan saat layanan kunjungan terjadi di Kantor Wilayah (umum). Kejadian dialami pada 04-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, NULL, NULL, NULL, 'TU', '0006/PENGADUAN/XI/2026
Kantor Wilayah (umum)
Pungutan saat layanan kunjungan di Kantor Wilayah (umum)

Wulan Siregar', NULL, 1, 9, 'kadiv', 1, 0, 'proses', '2026-11-26 11:17:00', '2026-11-26 11:32:00', '2027-02-22 16:00:00', 0, NULL, 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, letter_number, letter_date, letter_subject, division_code, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, current_part, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (7, '0007/PENGADUAN/XI/2026', '2026-11-24 07:30:00', 'surat', 7, 'upt', 'Lapas Kelas IIA Pangkalpinang', 'informasi', 'sederhana', 'Permintaan informasi jadwal kunjungan di Lapas Kelas IIA Pangkalpinang', 'Pelapor menyampaikan bahwa permintaan informasi jadwal kunjungan terjadi di Lapas Kelas IIA Pangkalpinang. Kejadian dialami pada 27-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, '008/PGD/XI/2026', '2026-11-23', 'Laporan Permintaan informasi jadwal kunjungan', NULL, '0007/PENGADUAN/XI/2026
Lapas Kelas IIA Pangkalpinang
Permintaan informasi jadwal kunjungan di Lapas Kelas IIA Pangkalpinang

008/PGD/XI/2026
Laporan Permintaan informasi jadwal kunjungan
Ratna Susanti', NULL, 1, 5, 'kasubag_pphti', 1, 0, 'ditunda', '2026-11-25 09:37:00', NULL, '2026-12-01 16:00:00', 0, NULL, 4, 1);
INSERT INTO public.complaint (id, register_no, received_at, channel, pelapor_id, subject_kind, subject_name, category, tier, summary, description, confidentiality, lapor_ticket, letter_number, letter_date, letter_subject, division_code, search_text, search_private, sop_version_id, current_step, current_lane, current_pass, current_part, status, step_started_at, step_due_at, due_at, held_minutes, closed_at, created_by_id, row_version) VALUES (8, '0008/PENGADUAN/XI/2026', '2026-11-26 07:30:00', 'surat', 8, 'upt', 'Lapas Kelas IIB Tanjung Pandan', 'pelayanan', 'sederhana', 'Antrean paspor terlalu lama di Lapas Kelas IIB Tanjung Pandan', 'Pelapor menyampaikan bahwa antrean paspor terlalu lama terjadi di Lapas Kelas IIB Tanjung Pandan. Kejadian dialami pada 03-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.', 'biasa', NULL, NULL, '2026-11-21', 'Pengaduan Antrean paspor terlalu lama', NULL, '0008/PENGADUAN/XI/2026
Lapas Kelas IIB Tanjung Pandan
Antrean paspor terlalu lama di Lapas Kelas IIB Tanjung Pandan

Pengaduan Antrean paspor terlalu lama
Siti Hidayat', NULL, 1, 4, 'kabag_p2', 1, 0, 'proses', '2026-11-26 10:57:00', '2026-11-26 11:12:00', '2026-12-03 16:00:00', 0, NULL, 4, 1);


--
-- Data for Name: counter; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.counter (id, name, year, value) VALUES (1, 'pengaduan', 2026, 8);
INSERT INTO public.counter (id, name, year, value) VALUES (2, 'dok:tanda_terima', 2026, 1);


--
-- Data for Name: document; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, output_id, created_by_id, created_at) VALUES (1, 1, 'nota_dinas', NULL, 1, 6, NULL, 2, 5, 4, '2026-10-27 07:32:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, output_id, created_by_id, created_at) VALUES (2, 2, 'nota_dinas', NULL, 1, 6, NULL, 6, 16, 4, '2026-11-12 14:55:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, output_id, created_by_id, created_at) VALUES (3, 3, 'nota_dinas', NULL, 1, 6, NULL, NULL, 27, 4, '2026-11-16 10:24:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, output_id, created_by_id, created_at) VALUES (4, 3, 'nota_dinas', NULL, 2, 6, NULL, 10, 28, 4, '2026-11-16 11:29:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, output_id, created_by_id, created_at) VALUES (5, 4, 'nota_dinas', NULL, 1, 6, NULL, 13, 39, 4, '2026-11-13 10:15:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, output_id, created_by_id, created_at) VALUES (6, 5, 'nota_dinas', NULL, 1, 6, NULL, 16, 50, 4, '2026-11-23 13:22:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, output_id, created_by_id, created_at) VALUES (7, 6, 'nota_dinas', NULL, 1, 6, NULL, NULL, 61, 4, '2026-11-26 10:54:00');
INSERT INTO public.document (id, complaint_id, doc_type, number, version, step_no, blob_id, signed_attachment_id, output_id, created_by_id, created_at) VALUES (8, 6, 'tanda_terima', '0001/TT-PENGADUAN/XI/2026', 1, 9, 'c9782cb97fe2622b2031cb94764679eb1479840dc233fce57d0dbcb85b6f446d', NULL, NULL, 4, '2026-11-27 10:00:00');


--
-- Data for Name: hold; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.hold (id, complaint_id, step_no, reason, started_at, started_by_id, ended_at, ended_by_id, working_minutes) VALUES (1, 7, 5, 'Identitas pelapor belum lengkap; diminta fotokopi KTP.', '2026-11-25 09:37:00', 4, NULL, NULL, NULL);


--
-- Data for Name: paraf; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (1, 1, 'kasubag_pphti', 4, '2026-10-27 07:51:00', 7);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (2, 1, 'kabag_p2', 3, '2026-10-27 08:18:00', 8);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (3, 1, 'kadiv', 2, '2026-10-27 13:27:00', 9);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (4, 2, 'kasubag_pphti', 4, '2026-11-12 15:38:00', 7);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (5, 2, 'kabag_p2', 3, '2026-11-13 07:38:00', 8);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (6, 2, 'kadiv', 2, '2026-11-13 07:44:00', 9);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (7, 3, 'kasubag_pphti', 4, '2026-11-16 10:43:00', 7);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (8, 3, 'kabag_p2', 3, '2026-11-16 11:03:00', 8);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (9, 4, 'kasubag_pphti', 4, '2026-11-16 11:39:00', 7);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (10, 4, 'kabag_p2', 3, '2026-11-16 11:44:00', 8);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (11, 4, 'kadiv', 2, '2026-11-18 10:39:00', 9);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (12, 5, 'kasubag_pphti', 4, '2026-11-13 10:41:00', 7);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (13, 5, 'kabag_p2', 3, '2026-11-13 11:23:00', 8);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (14, 5, 'kadiv', 2, '2026-11-13 11:26:00', 9);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (15, 6, 'kasubag_pphti', 4, '2026-11-23 13:45:00', 7);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (16, 6, 'kabag_p2', 3, '2026-11-23 14:05:00', 8);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (17, 6, 'kadiv', 2, '2026-11-23 14:10:00', 9);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (18, 7, 'kasubag_pphti', 4, '2026-11-26 11:02:00', 7);
INSERT INTO public.paraf (id, document_id, lane, actor_id, at, step_no) VALUES (19, 7, 'kabag_p2', 3, '2026-11-26 11:17:00', 8);


--
-- Data for Name: pelapor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (1, 'Wulan Ginting', '1919014179584574', 'Jl. Mentok No. 195, Jebus', '085478744786', 'wulan34@contoh.id', false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (2, 'Ayu Fauzi', NULL, 'Jl. Jenderal Sudirman No. 174, Belinyu', NULL, NULL, false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (3, 'Daeng Halim', '1925988497499709', 'Jl. Kampung Melayu No. 33, Pangkalpinang', '084360060778', NULL, false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (4, 'Ucok Susanti', NULL, 'Jl. Ahmad Yani No. 62, Kelapa', '083774432407', NULL, false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (5, 'Fajar Ginting', '1922800820581508', 'Jl. Ahmad Yani No. 31, Pangkalpinang', NULL, 'fajar37@contoh.id', false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (6, 'Wulan Siregar', NULL, 'Jl. Ahmad Yani No. 145, Kelapa', '084123683893', NULL, false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (7, 'Ratna Susanti', '1921330700784356', 'Jl. Jenderal Sudirman No. 184, Tanjung Pandan', NULL, 'ratna26@contoh.id', false);
INSERT INTO public.pelapor (id, name, nik, address, phone, email, anonymous) VALUES (8, 'Siti Hidayat', '1979000551166500', 'Jl. Mentok No. 16, Sungailiat', '087026301744', NULL, false);


--
-- Data for Name: schema_info; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_info (id, version, app_version, updated_at) VALUES (1, 6, '0.1.0', '2026-11-27 10:00:00');


--
-- Data for Name: search_doc; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (8, 1, false, 'pelapor menyampaikan bahwa penahanan dokumen perjalanan tanpa alasan terjadi di kantor imigrasi kelas i tpi pangkalpinang. kejadian dialami pada 01102026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
jl. mentok no. 195, jebus
segera tindak lanjuti, laporkan hasilnya kepada saya.
proses lebih lanjut, koordinasikan dengan divisi terkait.
teliti kelengkapan laporan dan buat telaahan.
sampaikan jawaban kepada pelapor.
proses penyampaian jawaban kepada pelapor.
sampaikan jawaban dan tutup pengaduan.
laporan pengaduan sdr. wulan ginting mengenai penahanan dokumen perjalanan tanpa alasan di kantor imigrasi kelas i tpi pangkalpinang (register 0001/pengaduan/x/2026).
pengaduan disampaikan untuk perbaikan layanan, bukan untuk kepentingan pribadi.
1. pengaduan diterima melalui surat elektronik tanggal 21 oktober 2026 pada 21 oktober 2026.
2. kejadian dialami pada 1 oktober 2026 di kantor imigrasi kelas i tpi pangkalpinang.
3. bukti pendukung belum dilampirkan secara lengkap.
materi pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.
pengaduan lengkap dan dapat ditindaklanjuti.
diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
kepala bagian tata usaha dan umum
sehubungan dengan laporan pengaduan masyarakat yang diterima melalui surat elektronik tanggal 21 oktober 2026, terdaftar dengan nomor register 0001/pengaduan/x/2026, perihal penahanan dokumen perjalanan tanpa alasan di kantor imigrasi kelas i tpi pangkalpinang, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
berdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan bagian tata usaha dan umum dan memerlukan klarifikasi kepada unit yang diadukan.
mohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. atas perhatian dan kerja samanya diucapkan terima kasih.
kepala kantor wilayah
kepala divisi administrasi
bagian tata usaha dan umum telah menindaklanjuti pengaduan register 0001/pengaduan/x/2026. hasilnya: telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.
yth. wulan ginting,
menindaklanjuti pengaduan saudara yang kami terima pada 21 oktober 2026 (register 0001/pengaduan/x/2026), bersama ini kami sampaikan bahwa telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.
terima kasih atas kepedulian saudara terhadap peningkatan pelayanan kami.', 'descriptionPelapor menyampaikan bahwa penahanan dokumen perjalanan tanpa alasan terjadi di Kantor Imigrasi Kelas I TPI Pangkalpinang. Kejadian dialami pada 01-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
addressJl. Mentok No. 195, Jebus
disposisi.catatanSegera tindak lanjuti, laporkan hasilnya kepada saya.
disposisi.catatanProses lebih lanjut, koordinasikan dengan divisi terkait.
disposisi.catatanTeliti kelengkapan laporan dan buat telaahan.
disposisi.catatanSampaikan jawaban kepada pelapor.
disposisi.catatanProses penyampaian jawaban kepada pelapor.
disposisi.catatanSampaikan jawaban dan tutup pengaduan.
telaahan.persoalanLaporan pengaduan Sdr. Wulan Ginting mengenai penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas I TPI Pangkalpinang (register 0001/PENGADUAN/X/2026).
telaahan.praanggapanPengaduan disampaikan untuk perbaikan layanan, bukan untuk kepentingan pribadi.
telaahan.fakta1. Pengaduan diterima melalui surat elektronik tanggal 21 Oktober 2026 pada 21 Oktober 2026.
telaahan.fakta2. Kejadian dialami pada 1 Oktober 2026 di Kantor Imigrasi Kelas I TPI Pangkalpinang.
telaahan.fakta3. Bukti pendukung belum dilampirkan secara lengkap.
telaahan.analisisMateri pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.
telaahan.kesimpulanPengaduan lengkap dan dapat ditindaklanjuti.
telaahan.saranDiteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
nota_dinas.ythKepala Bagian Tata Usaha dan Umum
nota_dinas.isiSehubungan dengan laporan pengaduan masyarakat yang diterima melalui surat elektronik tanggal 21 Oktober 2026, terdaftar dengan nomor register 0001/PENGADUAN/X/2026, perihal penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas I TPI Pangkalpinang, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
nota_dinas.isiBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Bagian Tata Usaha dan Umum dan memerlukan klarifikasi kepada unit yang diadukan.
nota_dinas.isiMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.
nota_dinas.tembusanKepala Kantor Wilayah
nota_dinas.tembusanKepala Divisi Administrasi
jawaban.isiBagian Tata Usaha dan Umum telah menindaklanjuti pengaduan register 0001/PENGADUAN/X/2026. Hasilnya: telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.
tanggapan.isiYth. Wulan Ginting,
tanggapan.isiMenindaklanjuti pengaduan Saudara yang kami terima pada 21 Oktober 2026 (register 0001/PENGADUAN/X/2026), bersama ini kami sampaikan bahwa telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.
tanggapan.isiTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami.');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (10, 1, false, 'penahanan dokumen perjalanan tanpa alasan di kantor imigrasi kelas i tpi pangkalpinang
permohonan tindak lanjut: penahanan dokumen perjalanan tanpa alasan
tindak lanjut laporan pengaduan masyarakat', 'summaryPenahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas I TPI Pangkalpinang
letter_subjectPermohonan tindak lanjut: Penahanan dokumen perjalanan tanpa alasan
nota_dinas.halTindak Lanjut Laporan Pengaduan Masyarakat');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (12, 1, false, 'wulan ginting
kantor imigrasi kelas i tpi pangkalpinang', 'nameWulan Ginting
subject_nameKantor Imigrasi Kelas I TPI Pangkalpinang');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (14, 1, false, '0001/pengaduan/x/2026
21/10/2026, 21102026 (21 oktober 2026)
1919014179584574
085478744786
wulan34@contoh.id', 'register_no0001/PENGADUAN/X/2026
letter_date21/10/2026, 21-10-2026 (21 Oktober 2026)
nik1919014179584574
phone085478744786
emailwulan34@contoh.id');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (16, 2, false, 'pelapor menyampaikan bahwa penahanan dokumen perjalanan tanpa alasan terjadi di kantor imigrasi kelas ii tpi tanjung pandan. kejadian dialami pada 30102026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
jl. jenderal sudirman no. 174, belinyu
konfirmasikan kepada unit terkait dan proses sesuai sop.
proses sesuai sop, laporkan hasilnya.
teliti kelengkapan laporan dan buat telaahan.
jawaban agar segera disampaikan.
proses penyampaian jawaban kepada pelapor.
kirim jawaban melalui surat dan laman.
laporan pengaduan sdr. ayu fauzi mengenai penahanan dokumen perjalanan tanpa alasan di kantor imigrasi kelas ii tpi tanjung pandan (register 0002/pengaduan/xi/2026).
pelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.
1. pengaduan diterima melalui kedatangan langsung ke kantor pada 9 november 2026.
2. kejadian dialami pada 30 oktober 2026 di kantor imigrasi kelas ii tpi tanjung pandan.
3. pelapor melampirkan bukti pendukung.
materi pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.
pengaduan lengkap dan dapat ditindaklanjuti.
diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
kepala bagian tata usaha dan umum
sehubungan dengan laporan pengaduan masyarakat yang diterima melalui kedatangan langsung ke kantor, terdaftar dengan nomor register 0002/pengaduan/xi/2026, perihal penahanan dokumen perjalanan tanpa alasan di kantor imigrasi kelas ii tpi tanjung pandan, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
berdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan bagian tata usaha dan umum dan memerlukan klarifikasi kepada unit yang diadukan.
mohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. atas perhatian dan kerja samanya diucapkan terima kasih.
kepala kantor wilayah
kepala divisi administrasi
bagian tata usaha dan umum telah menindaklanjuti pengaduan register 0002/pengaduan/xi/2026. hasilnya: telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.
yth. ayu fauzi,
menindaklanjuti pengaduan saudara yang kami terima pada 9 november 2026 (register 0002/pengaduan/xi/2026), bersama ini kami sampaikan bahwa telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.
terima kasih atas kepedulian saudara terhadap peningkatan pelayanan kami.', 'descriptionPelapor menyampaikan bahwa penahanan dokumen perjalanan tanpa alasan terjadi di Kantor Imigrasi Kelas II TPI Tanjung Pandan. Kejadian dialami pada 30-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
addressJl. Jenderal Sudirman No. 174, Belinyu
disposisi.catatanKonfirmasikan kepada unit terkait dan proses sesuai SOP.
disposisi.catatanProses sesuai SOP, laporkan hasilnya.
disposisi.catatanTeliti kelengkapan laporan dan buat telaahan.
disposisi.catatanJawaban agar segera disampaikan.
disposisi.catatanProses penyampaian jawaban kepada pelapor.
disposisi.catatanKirim jawaban melalui surat dan laman.
telaahan.persoalanLaporan pengaduan Sdr. Ayu Fauzi mengenai penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas II TPI Tanjung Pandan (register 0002/PENGADUAN/XI/2026).
telaahan.praanggapanPelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.
telaahan.fakta1. Pengaduan diterima melalui kedatangan langsung ke kantor pada 9 November 2026.
telaahan.fakta2. Kejadian dialami pada 30 Oktober 2026 di Kantor Imigrasi Kelas II TPI Tanjung Pandan.
telaahan.fakta3. Pelapor melampirkan bukti pendukung.
telaahan.analisisMateri pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.
telaahan.kesimpulanPengaduan lengkap dan dapat ditindaklanjuti.
telaahan.saranDiteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
nota_dinas.ythKepala Bagian Tata Usaha dan Umum
nota_dinas.isiSehubungan dengan laporan pengaduan masyarakat yang diterima melalui kedatangan langsung ke kantor, terdaftar dengan nomor register 0002/PENGADUAN/XI/2026, perihal penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas II TPI Tanjung Pandan, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
nota_dinas.isiBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Bagian Tata Usaha dan Umum dan memerlukan klarifikasi kepada unit yang diadukan.
nota_dinas.isiMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.
nota_dinas.tembusanKepala Kantor Wilayah
nota_dinas.tembusanKepala Divisi Administrasi
jawaban.isiBagian Tata Usaha dan Umum telah menindaklanjuti pengaduan register 0002/PENGADUAN/XI/2026. Hasilnya: telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.
tanggapan.isiYth. Ayu Fauzi,
tanggapan.isiMenindaklanjuti pengaduan Saudara yang kami terima pada 9 November 2026 (register 0002/PENGADUAN/XI/2026), bersama ini kami sampaikan bahwa telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.
tanggapan.isiTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami.');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (18, 2, false, 'penahanan dokumen perjalanan tanpa alasan di kantor imigrasi kelas ii tpi tanjung pandan
tindak lanjut laporan pengaduan masyarakat', 'summaryPenahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas II TPI Tanjung Pandan
nota_dinas.halTindak Lanjut Laporan Pengaduan Masyarakat');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (20, 2, false, 'ayu fauzi
kantor imigrasi kelas ii tpi tanjung pandan', 'nameAyu Fauzi
subject_nameKantor Imigrasi Kelas II TPI Tanjung Pandan');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (22, 2, false, '0002/pengaduan/xi/2026', 'register_no0002/PENGADUAN/XI/2026');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (24, 3, false, 'pelapor menyampaikan bahwa petugas loket tidak ramah terjadi di rutan kelas iib sungailiat. kejadian dialami pada 09112026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
jl. kampung melayu no. 33, pangkalpinang
tindak lanjuti dan konfirmasi kebenaran pengaduan.
telaah dan siapkan nota dinas.
siapkan telaahan dan konsep nota dinas ke divisi terkait.
sampaikan jawaban kepada pelapor.
teruskan jawaban kepada pelapor.
sampaikan jawaban dan tutup pengaduan.
laporan pengaduan sdr. daeng halim mengenai petugas loket tidak ramah di rutan kelas iib sungailiat (register 0003/pengaduan/xi/2026).
kejadian yang dilaporkan dapat dikonfirmasi kepada unit yang diadukan.
1. pengaduan diterima melalui sp4n-lapor! dengan nomor tiket lapor-2611000003 pada 13 november 2026.
2. kejadian dialami pada 9 november 2026 di rutan kelas iib sungailiat.
3. pelapor melampirkan bukti pendukung.
perbuatan yang diadukan, bila benar, bertentangan dengan standar pelayanan dan kode etik pegawai, serta termasuk kewenangan divisi terkait untuk ditindaklanjuti.
pengaduan lengkap dan dapat ditindaklanjuti.
diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
kepala divisi pelayanan hukum
sehubungan dengan laporan pengaduan masyarakat yang diterima melalui sp4n-lapor! dengan nomor tiket lapor-2611000003, terdaftar dengan nomor register 0003/pengaduan/xi/2026, perihal petugas loket tidak ramah di rutan kelas iib sungailiat, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
berdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan divisi pelayanan hukum dan memerlukan klarifikasi kepada unit yang diadukan.
mohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. atas perhatian dan kerja samanya diucapkan terima kasih.
kepala kantor wilayah
kepala divisi administrasi
divisi pelayanan hukum telah menindaklanjuti pengaduan register 0003/pengaduan/xi/2026. hasilnya: layanan telah dievaluasi dan jadwal serta alur antrean diperbaiki.
yth. daeng halim,
menindaklanjuti pengaduan saudara yang kami terima pada 13 november 2026 (register 0003/pengaduan/xi/2026), bersama ini kami sampaikan bahwa layanan telah dievaluasi dan jadwal serta alur antrean diperbaiki.
terima kasih atas kepedulian saudara terhadap peningkatan pelayanan kami.', 'descriptionPelapor menyampaikan bahwa petugas loket tidak ramah terjadi di Rutan Kelas IIB Sungailiat. Kejadian dialami pada 09-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
addressJl. Kampung Melayu No. 33, Pangkalpinang
disposisi.catatanTindak lanjuti dan konfirmasi kebenaran pengaduan.
disposisi.catatanTelaah dan siapkan nota dinas.
disposisi.catatanSiapkan telaahan dan konsep nota dinas ke divisi terkait.
disposisi.catatanSampaikan jawaban kepada pelapor.
disposisi.catatanTeruskan jawaban kepada pelapor.
disposisi.catatanSampaikan jawaban dan tutup pengaduan.
telaahan.persoalanLaporan pengaduan Sdr. Daeng Halim mengenai petugas loket tidak ramah di Rutan Kelas IIB Sungailiat (register 0003/PENGADUAN/XI/2026).
telaahan.praanggapanKejadian yang dilaporkan dapat dikonfirmasi kepada unit yang diadukan.
telaahan.fakta1. Pengaduan diterima melalui SP4N-LAPOR! dengan nomor tiket LAPOR-2611000003 pada 13 November 2026.
telaahan.fakta2. Kejadian dialami pada 9 November 2026 di Rutan Kelas IIB Sungailiat.
telaahan.fakta3. Pelapor melampirkan bukti pendukung.
telaahan.analisisPerbuatan yang diadukan, bila benar, bertentangan dengan standar pelayanan dan kode etik pegawai, serta termasuk kewenangan divisi terkait untuk ditindaklanjuti.
telaahan.kesimpulanPengaduan lengkap dan dapat ditindaklanjuti.
telaahan.saranDiteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
nota_dinas.ythKepala Divisi Pelayanan Hukum
nota_dinas.isiSehubungan dengan laporan pengaduan masyarakat yang diterima melalui SP4N-LAPOR! dengan nomor tiket LAPOR-2611000003, terdaftar dengan nomor register 0003/PENGADUAN/XI/2026, perihal petugas loket tidak ramah di Rutan Kelas IIB Sungailiat, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
nota_dinas.isiBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Divisi Pelayanan Hukum dan memerlukan klarifikasi kepada unit yang diadukan.
nota_dinas.isiMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.
nota_dinas.tembusanKepala Kantor Wilayah
nota_dinas.tembusanKepala Divisi Administrasi
jawaban.isiDivisi Pelayanan Hukum telah menindaklanjuti pengaduan register 0003/PENGADUAN/XI/2026. Hasilnya: layanan telah dievaluasi dan jadwal serta alur antrean diperbaiki.
tanggapan.isiYth. Daeng Halim,
tanggapan.isiMenindaklanjuti pengaduan Saudara yang kami terima pada 13 November 2026 (register 0003/PENGADUAN/XI/2026), bersama ini kami sampaikan bahwa layanan telah dievaluasi dan jadwal serta alur antrean diperbaiki.
tanggapan.isiTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami.');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (26, 3, false, 'petugas loket tidak ramah di rutan kelas iib sungailiat
tindak lanjut laporan pengaduan masyarakat
tindak lanjut laporan pengaduan masyarakat tentang petugas loket tidak ramah', 'summaryPetugas loket tidak ramah di Rutan Kelas IIB Sungailiat
nota_dinas.halTindak Lanjut Laporan Pengaduan Masyarakat
nota_dinas.halTindak Lanjut Laporan Pengaduan Masyarakat tentang Petugas loket tidak ramah');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (28, 3, false, 'daeng halim
rutan kelas iib sungailiat', 'nameDaeng Halim
subject_nameRutan Kelas IIB Sungailiat');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (30, 3, false, '0003/pengaduan/xi/2026
lapor-2611000003
1925988497499709
084360060778', 'register_no0003/PENGADUAN/XI/2026
lapor_ticketLAPOR-2611000003
nik1925988497499709
phone084360060778');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (32, 4, false, 'pelapor menyampaikan bahwa biaya tambahan pembuatan paspor di luar pnbp terjadi di divisi pemasyarakatan. kejadian dialami pada 19102026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
jl. ahmad yani no. 62, kelapa
tindak lanjuti dan konfirmasi kebenaran pengaduan.
proses lebih lanjut, koordinasikan dengan divisi terkait.
teliti kelengkapan laporan dan buat telaahan.
sampaikan jawaban kepada pelapor.
teruskan jawaban kepada pelapor.
kirim jawaban melalui surat dan laman.
laporan pengaduan sdr. ucok susanti mengenai biaya tambahan pembuatan paspor di luar pnbp di divisi pemasyarakatan (register 0004/pengaduan/xi/2026).
pelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.
1. pengaduan diterima melalui sp4n-lapor! dengan nomor tiket lapor-2611000004 pada 13 november 2026.
2. kejadian dialami pada 19 oktober 2026 di divisi pemasyarakatan.
3. pelapor melampirkan bukti pendukung.
materi pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.
pengaduan lengkap dan dapat ditindaklanjuti.
diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
kepala bagian tata usaha dan umum
sehubungan dengan laporan pengaduan masyarakat yang diterima melalui sp4n-lapor! dengan nomor tiket lapor-2611000004, terdaftar dengan nomor register 0004/pengaduan/xi/2026, perihal biaya tambahan pembuatan paspor di luar pnbp di divisi pemasyarakatan, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
berdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan bagian tata usaha dan umum dan memerlukan klarifikasi kepada unit yang diadukan.
mohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. atas perhatian dan kerja samanya diucapkan terima kasih.
kepala kantor wilayah
kepala divisi administrasi
bagian tata usaha dan umum telah menindaklanjuti pengaduan register 0004/pengaduan/xi/2026. hasilnya: tidak ditemukan bukti pungutan di luar ketentuan; petugas yang disebut telah diperiksa dan diberi pembinaan.
yth. ucok susanti,
menindaklanjuti pengaduan saudara yang kami terima pada 13 november 2026 (register 0004/pengaduan/xi/2026), bersama ini kami sampaikan bahwa tidak ditemukan bukti pungutan di luar ketentuan; petugas yang disebut telah diperiksa dan diberi pembinaan.
terima kasih atas kepedulian saudara terhadap peningkatan pelayanan kami.', 'descriptionPelapor menyampaikan bahwa biaya tambahan pembuatan paspor di luar pnbp terjadi di Divisi Pemasyarakatan. Kejadian dialami pada 19-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
addressJl. Ahmad Yani No. 62, Kelapa
disposisi.catatanTindak lanjuti dan konfirmasi kebenaran pengaduan.
disposisi.catatanProses lebih lanjut, koordinasikan dengan divisi terkait.
disposisi.catatanTeliti kelengkapan laporan dan buat telaahan.
disposisi.catatanSampaikan jawaban kepada pelapor.
disposisi.catatanTeruskan jawaban kepada pelapor.
disposisi.catatanKirim jawaban melalui surat dan laman.
telaahan.persoalanLaporan pengaduan Sdr. Ucok Susanti mengenai biaya tambahan pembuatan paspor di luar PNBP di Divisi Pemasyarakatan (register 0004/PENGADUAN/XI/2026).
telaahan.praanggapanPelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.
telaahan.fakta1. Pengaduan diterima melalui SP4N-LAPOR! dengan nomor tiket LAPOR-2611000004 pada 13 November 2026.
telaahan.fakta2. Kejadian dialami pada 19 Oktober 2026 di Divisi Pemasyarakatan.
telaahan.fakta3. Pelapor melampirkan bukti pendukung.
telaahan.analisisMateri pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.
telaahan.kesimpulanPengaduan lengkap dan dapat ditindaklanjuti.
telaahan.saranDiteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
nota_dinas.ythKepala Bagian Tata Usaha dan Umum
nota_dinas.isiSehubungan dengan laporan pengaduan masyarakat yang diterima melalui SP4N-LAPOR! dengan nomor tiket LAPOR-2611000004, terdaftar dengan nomor register 0004/PENGADUAN/XI/2026, perihal biaya tambahan pembuatan paspor di luar PNBP di Divisi Pemasyarakatan, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
nota_dinas.isiBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Bagian Tata Usaha dan Umum dan memerlukan klarifikasi kepada unit yang diadukan.
nota_dinas.isiMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.
nota_dinas.tembusanKepala Kantor Wilayah
nota_dinas.tembusanKepala Divisi Administrasi
jawaban.isiBagian Tata Usaha dan Umum telah menindaklanjuti pengaduan register 0004/PENGADUAN/XI/2026. Hasilnya: tidak ditemukan bukti pungutan di luar ketentuan; petugas yang disebut telah diperiksa dan diberi pembinaan.
tanggapan.isiYth. Ucok Susanti,
tanggapan.isiMenindaklanjuti pengaduan Saudara yang kami terima pada 13 November 2026 (register 0004/PENGADUAN/XI/2026), bersama ini kami sampaikan bahwa tidak ditemukan bukti pungutan di luar ketentuan; petugas yang disebut telah diperiksa dan diberi pembinaan.
tanggapan.isiTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami.');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (34, 4, false, 'biaya tambahan pembuatan paspor di luar pnbp di divisi pemasyarakatan
tindak lanjut laporan pengaduan masyarakat', 'summaryBiaya tambahan pembuatan paspor di luar PNBP di Divisi Pemasyarakatan
nota_dinas.halTindak Lanjut Laporan Pengaduan Masyarakat');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (36, 4, false, 'ucok susanti
divisi pemasyarakatan', 'nameUcok Susanti
subject_nameDivisi Pemasyarakatan');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (38, 4, false, '0004/pengaduan/xi/2026
lapor-2611000004
083774432407', 'register_no0004/PENGADUAN/XI/2026
lapor_ticketLAPOR-2611000004
phone083774432407');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (40, 5, false, 'pelapor menyampaikan bahwa permintaan informasi jadwal kunjungan terjadi di lapas perempuan kelas iii pangkalpinang. kejadian dialami pada 08112026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
jl. ahmad yani no. 31, pangkalpinang
tindak lanjuti dan konfirmasi kebenaran pengaduan.
proses sesuai sop, laporkan hasilnya.
teliti kelengkapan laporan dan buat telaahan.
jawaban agar segera disampaikan.
teruskan jawaban kepada pelapor.
sampaikan jawaban dan tutup pengaduan.
laporan pengaduan sdr. fajar ginting mengenai permintaan informasi jadwal kunjungan di lapas perempuan kelas iii pangkalpinang (register 0005/pengaduan/xi/2026).
kejadian yang dilaporkan dapat dikonfirmasi kepada unit yang diadukan.
1. pengaduan diterima melalui laman kantor wilayah pada 20 november 2026.
2. kejadian dialami pada 8 november 2026 di lapas perempuan kelas iii pangkalpinang.
3. pelapor melampirkan bukti pendukung.
materi pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.
pengaduan lengkap dan dapat ditindaklanjuti.
diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
kepala divisi pelayanan hukum
sehubungan dengan laporan pengaduan masyarakat yang diterima melalui laman kantor wilayah, terdaftar dengan nomor register 0005/pengaduan/xi/2026, perihal permintaan informasi jadwal kunjungan di lapas perempuan kelas iii pangkalpinang, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
berdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan divisi pelayanan hukum dan memerlukan klarifikasi kepada unit yang diadukan.
mohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. atas perhatian dan kerja samanya diucapkan terima kasih.
kepala kantor wilayah
kepala divisi administrasi
divisi pelayanan hukum telah menindaklanjuti pengaduan register 0005/pengaduan/xi/2026. hasilnya: informasi yang diminta telah disiapkan dan dapat diberikan.
yth. fajar ginting,
menindaklanjuti pengaduan saudara yang kami terima pada 20 november 2026 (register 0005/pengaduan/xi/2026), bersama ini kami sampaikan bahwa informasi yang diminta telah disiapkan dan dapat diberikan.
terima kasih atas kepedulian saudara terhadap peningkatan pelayanan kami.', 'descriptionPelapor menyampaikan bahwa permintaan informasi jadwal kunjungan terjadi di Lapas Perempuan Kelas III Pangkalpinang. Kejadian dialami pada 08-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
addressJl. Ahmad Yani No. 31, Pangkalpinang
disposisi.catatanTindak lanjuti dan konfirmasi kebenaran pengaduan.
disposisi.catatanProses sesuai SOP, laporkan hasilnya.
disposisi.catatanTeliti kelengkapan laporan dan buat telaahan.
disposisi.catatanJawaban agar segera disampaikan.
disposisi.catatanTeruskan jawaban kepada pelapor.
disposisi.catatanSampaikan jawaban dan tutup pengaduan.
telaahan.persoalanLaporan pengaduan Sdr. Fajar Ginting mengenai permintaan informasi jadwal kunjungan di Lapas Perempuan Kelas III Pangkalpinang (register 0005/PENGADUAN/XI/2026).
telaahan.praanggapanKejadian yang dilaporkan dapat dikonfirmasi kepada unit yang diadukan.
telaahan.fakta1. Pengaduan diterima melalui laman kantor wilayah pada 20 November 2026.
telaahan.fakta2. Kejadian dialami pada 8 November 2026 di Lapas Perempuan Kelas III Pangkalpinang.
telaahan.fakta3. Pelapor melampirkan bukti pendukung.
telaahan.analisisMateri pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.
telaahan.kesimpulanPengaduan lengkap dan dapat ditindaklanjuti.
telaahan.saranDiteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
nota_dinas.ythKepala Divisi Pelayanan Hukum
nota_dinas.isiSehubungan dengan laporan pengaduan masyarakat yang diterima melalui laman kantor wilayah, terdaftar dengan nomor register 0005/PENGADUAN/XI/2026, perihal permintaan informasi jadwal kunjungan di Lapas Perempuan Kelas III Pangkalpinang, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
nota_dinas.isiBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Divisi Pelayanan Hukum dan memerlukan klarifikasi kepada unit yang diadukan.
nota_dinas.isiMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.
nota_dinas.tembusanKepala Kantor Wilayah
nota_dinas.tembusanKepala Divisi Administrasi
jawaban.isiDivisi Pelayanan Hukum telah menindaklanjuti pengaduan register 0005/PENGADUAN/XI/2026. Hasilnya: informasi yang diminta telah disiapkan dan dapat diberikan.
tanggapan.isiYth. Fajar Ginting,
tanggapan.isiMenindaklanjuti pengaduan Saudara yang kami terima pada 20 November 2026 (register 0005/PENGADUAN/XI/2026), bersama ini kami sampaikan bahwa informasi yang diminta telah disiapkan dan dapat diberikan.
tanggapan.isiTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami.');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (42, 5, false, 'permintaan informasi jadwal kunjungan di lapas perempuan kelas iii pangkalpinang
tindak lanjut laporan pengaduan masyarakat', 'summaryPermintaan informasi jadwal kunjungan di Lapas Perempuan Kelas III Pangkalpinang
nota_dinas.halTindak Lanjut Laporan Pengaduan Masyarakat');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (44, 5, false, 'fajar ginting
lapas perempuan kelas iii pangkalpinang', 'nameFajar Ginting
subject_nameLapas Perempuan Kelas III Pangkalpinang');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (46, 5, false, '0005/pengaduan/xi/2026
1922800820581508
fajar37@contoh.id', 'register_no0005/PENGADUAN/XI/2026
nik1922800820581508
emailfajar37@contoh.id');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (48, 6, false, 'pelapor menyampaikan bahwa pungutan saat layanan kunjungan terjadi di kantor wilayah (umum). kejadian dialami pada 04112026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
jl. ahmad yani no. 145, kelapa
segera tindak lanjuti, laporkan hasilnya kepada saya.
proses lebih lanjut, koordinasikan dengan divisi terkait.
siapkan telaahan dan konsep nota dinas ke divisi terkait.
laporan pengaduan sdr. wulan siregar mengenai pungutan saat layanan kunjungan di kantor wilayah (umum) (register 0006/pengaduan/xi/2026).
pelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.
1. pengaduan diterima melalui kedatangan langsung ke kantor pada 23 november 2026.
2. kejadian dialami pada 4 november 2026 di kantor wilayah (umum).
3. pelapor melampirkan bukti pendukung.
perbuatan yang diadukan, bila benar, bertentangan dengan standar pelayanan dan kode etik pegawai, serta termasuk kewenangan divisi terkait untuk ditindaklanjuti.
pengaduan memenuhi syarat untuk ditindaklanjuti oleh divisi terkait.
diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
kepala bagian tata usaha dan umum
sehubungan dengan laporan pengaduan masyarakat yang diterima melalui kedatangan langsung ke kantor, terdaftar dengan nomor register 0006/pengaduan/xi/2026, perihal pungutan saat layanan kunjungan di kantor wilayah (umum), bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
berdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan bagian tata usaha dan umum dan memerlukan klarifikasi kepada unit yang diadukan.
mohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. atas perhatian dan kerja samanya diucapkan terima kasih.
kepala kantor wilayah
kepala divisi administrasi', 'descriptionPelapor menyampaikan bahwa pungutan saat layanan kunjungan terjadi di Kantor Wilayah (umum). Kejadian dialami pada 04-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
addressJl. Ahmad Yani No. 145, Kelapa
disposisi.catatanSegera tindak lanjuti, laporkan hasilnya kepada saya.
disposisi.catatanProses lebih lanjut, koordinasikan dengan divisi terkait.
disposisi.catatanSiapkan telaahan dan konsep nota dinas ke divisi terkait.
telaahan.persoalanLaporan pengaduan Sdr. Wulan Siregar mengenai pungutan saat layanan kunjungan di Kantor Wilayah (umum) (register 0006/PENGADUAN/XI/2026).
telaahan.praanggapanPelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.
telaahan.fakta1. Pengaduan diterima melalui kedatangan langsung ke kantor pada 23 November 2026.
telaahan.fakta2. Kejadian dialami pada 4 November 2026 di Kantor Wilayah (umum).
telaahan.fakta3. Pelapor melampirkan bukti pendukung.
telaahan.analisisPerbuatan yang diadukan, bila benar, bertentangan dengan standar pelayanan dan kode etik pegawai, serta termasuk kewenangan divisi terkait untuk ditindaklanjuti.
telaahan.kesimpulanPengaduan memenuhi syarat untuk ditindaklanjuti oleh divisi terkait.
telaahan.saranDiteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor.
nota_dinas.ythKepala Bagian Tata Usaha dan Umum
nota_dinas.isiSehubungan dengan laporan pengaduan masyarakat yang diterima melalui kedatangan langsung ke kantor, terdaftar dengan nomor register 0006/PENGADUAN/XI/2026, perihal pungutan saat layanan kunjungan di Kantor Wilayah (umum), bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.
nota_dinas.isiBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Bagian Tata Usaha dan Umum dan memerlukan klarifikasi kepada unit yang diadukan.
nota_dinas.isiMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.
nota_dinas.tembusanKepala Kantor Wilayah
nota_dinas.tembusanKepala Divisi Administrasi');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (50, 6, false, 'pungutan saat layanan kunjungan di kantor wilayah (umum)
tindak lanjut laporan pengaduan masyarakat', 'summaryPungutan saat layanan kunjungan di Kantor Wilayah (umum)
nota_dinas.halTindak Lanjut Laporan Pengaduan Masyarakat');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (52, 6, false, 'wulan siregar
kantor wilayah (umum)', 'nameWulan Siregar
subject_nameKantor Wilayah (umum)');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (54, 6, false, '0006/pengaduan/xi/2026
084123683893', 'register_no0006/PENGADUAN/XI/2026
phone084123683893');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (56, 7, false, 'pelapor menyampaikan bahwa permintaan informasi jadwal kunjungan terjadi di lapas kelas iia pangkalpinang. kejadian dialami pada 27102026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
jl. jenderal sudirman no. 184, tanjung pandan
segera tindak lanjuti, laporkan hasilnya kepada saya.
telaah dan siapkan nota dinas.
telaah dan siapkan konsep nota dinas.', 'descriptionPelapor menyampaikan bahwa permintaan informasi jadwal kunjungan terjadi di Lapas Kelas IIA Pangkalpinang. Kejadian dialami pada 27-10-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
addressJl. Jenderal Sudirman No. 184, Tanjung Pandan
disposisi.catatanSegera tindak lanjuti, laporkan hasilnya kepada saya.
disposisi.catatanTelaah dan siapkan nota dinas.
disposisi.catatanTelaah dan siapkan konsep nota dinas.');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (58, 7, false, 'permintaan informasi jadwal kunjungan di lapas kelas iia pangkalpinang
laporan permintaan informasi jadwal kunjungan', 'summaryPermintaan informasi jadwal kunjungan di Lapas Kelas IIA Pangkalpinang
letter_subjectLaporan Permintaan informasi jadwal kunjungan');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (60, 7, false, 'ratna susanti
lapas kelas iia pangkalpinang', 'nameRatna Susanti
subject_nameLapas Kelas IIA Pangkalpinang');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (62, 7, false, '0007/pengaduan/xi/2026
008/pgd/xi/2026
23/11/2026, 23112026 (23 november 2026)
1921330700784356
ratna26@contoh.id', 'register_no0007/PENGADUAN/XI/2026
letter_number008/PGD/XI/2026
letter_date23/11/2026, 23-11-2026 (23 November 2026)
nik1921330700784356
emailratna26@contoh.id');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (64, 8, false, 'pelapor menyampaikan bahwa antrean paspor terlalu lama terjadi di lapas kelas iib tanjung pandan. kejadian dialami pada 03112026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
jl. mentok no. 16, sungailiat
konfirmasikan kepada unit terkait dan proses sesuai sop.
proses lebih lanjut, koordinasikan dengan divisi terkait.', 'descriptionPelapor menyampaikan bahwa antrean paspor terlalu lama terjadi di Lapas Kelas IIB Tanjung Pandan. Kejadian dialami pada 03-11-2026 dan pelapor meminta agar ditindaklanjuti sesuai ketentuan.
addressJl. Mentok No. 16, Sungailiat
disposisi.catatanKonfirmasikan kepada unit terkait dan proses sesuai SOP.
disposisi.catatanProses lebih lanjut, koordinasikan dengan divisi terkait.');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (66, 8, false, 'antrean paspor terlalu lama di lapas kelas iib tanjung pandan
pengaduan antrean paspor terlalu lama', 'summaryAntrean paspor terlalu lama di Lapas Kelas IIB Tanjung Pandan
letter_subjectPengaduan Antrean paspor terlalu lama');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (68, 8, false, 'siti hidayat
lapas kelas iib tanjung pandan', 'nameSiti Hidayat
subject_nameLapas Kelas IIB Tanjung Pandan');
INSERT INTO public.search_doc (id, complaint_id, private, body, text) VALUES (70, 8, false, '0008/pengaduan/xi/2026
21/11/2026, 21112026 (21 november 2026)
1979000551166500
087026301744', 'register_no0008/PENGADUAN/XI/2026
letter_date21/11/2026, 21-11-2026 (21 November 2026)
nik1979000551166500
phone087026301744');


--
-- Data for Name: setting; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.setting (key, value) VALUES ('office_phone', '"(0717) 438000"');
INSERT INTO public.setting (key, value) VALUES ('due_soon_days', '2');
INSERT INTO public.setting (key, value) VALUES ('due_soon_step_minutes', '20');
INSERT INTO public.setting (key, value) VALUES ('sop_version', '"0ca993cf57e33751"');


--
-- Data for Name: sop_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.sop_version (id, key, version, number, name, text, loaded_at) VALUES (1, 'layanan-pengaduan', '0ca993cf57e33751', 'W.7-OT.01.02-566', 'LAYANAN PENGADUAN MASYARAKAT', '# SOP Layanan Pengaduan Masyarakat, transcribed from the office''s SOP document
# (PermenPAN-RB 35/2012 form). The engine, the deadlines and the swimlane read this file;
# changing a time or adding a step needs no code change. A complaint keeps the exact text of
# the version it started under (stored in the database), so edits here never rewrite history.

[identitas]
kode = "layanan-pengaduan"
nomor = "W.7-OT.01.02-566"
nama = "LAYANAN PENGADUAN MASYARAKAT"
instansi = "KEMENTERIAN HUKUM DAN HAK ASASI MANUSIA"
unit = "KANTOR WILAYAH KEMENTERIAN HUKUM DAN HAM KEP. BANGKA BELITUNG"
tanggal_pembuatan = 2020-01-02
tanggal_revisi = ""
tanggal_efektif = 2020-01-02
disahkan_jabatan = "Kepala Kantor Wilayah"
disahkan_nama = "Drs. Anas Jaeful Anwar, Bc. IP., M.Si"
disahkan_nip = "196202191986031002"

dasar_hukum = [
    "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008",
    "Peraturan Menteri Hukum dan HAM Nomor 30 Tahun 2018 tentang Organisasi dan Tata Kerja Kantor Wilayah Kementerian Hukum dan HAM",
]
kualifikasi_pelaksana = [
    "Memiliki tugas dan fungsi Sistem dan Prosedur Administrasi Pemerintahan",
    "Mengetahui dan memahami Peraturan tentang Penanganan Pengaduan Masyarakat",
    "Mengetahui dan memahami Peraturan tentang Keterbukaan Informasi Publik",
]
keterkaitan = []
peralatan = [
    "Surat Permohonan/Disposisi",
    "Komputer/Printer/Scanner",
    "Jaringan Internet",
    "Jaringan Telekomunikasi",
]
peringatan = "Apabila data-data/persyaratan yang diperlukan tidak terkumpul tepat waktu maka terlambatnya penanganan Layanan Pengaduan Masyarakat"
pencatatan = "Di simpan sebagai data elektronik dan manual"

# Lanes ("Pelaksana") in the column order of the SOP''s flowchart table.
# A lane that is not a user of the program (the complainant) is acted for by another lane.
[[pelaksana]]
kode = "divisi_terkait"
nama = "Divisi Terkait"

[[pelaksana]]
kode = "kakanwil"
nama = "Kakanwil"

[[pelaksana]]
kode = "kadiv"
nama = "Kadiv"

[[pelaksana]]
kode = "kabag_p2"
nama = "Kabag P2"

[[pelaksana]]
kode = "kasubag_pphti"
nama = "Kasubag PPHTI"

[[pelaksana]]
kode = "pelapor"
nama = "Pelapor"
diwakili_oleh = "kasubag_pphti"   # the operator registers what the complainant delivers

# What counts as having a step''s kelengkapan at hand. Evidence forms:
#   "catatan"            the instruction/note given with the action (a disposition''s text)
#   "lampiran:<jenis>"   an attachment of that kind on the complaint ("lampiran:*" any)
#   "dokumen:<jenis>"    a generated document of that kind on the complaint
[kelengkapan.surat]
nama = "Surat"
bukti = ["lampiran:surat"]

[kelengkapan.disposisi]
nama = "Disposisi"
bukti = ["catatan", "dokumen:lembar_disposisi"]

[kelengkapan.berkas_laporan]
nama = "Berkas laporan"
bukti = ["lampiran:*"]

[kelengkapan.draft_nota_dinas]
nama = "Draft nota dinas"
bukti = ["dokumen:nota_dinas", "lampiran:nota_dinas"]

[kelengkapan.nota_dinas]
nama = "Nota dinas"
bukti = ["dokumen:nota_dinas", "lampiran:nota_dinas"]

[kelengkapan.laporan]
nama = "Laporan/press release"
bukti = ["lampiran:jawaban", "dokumen:surat_tanggapan"]

# The 14 activities. `menit` is the standard time in working minutes.
# `catatan_wajib`: the action needs a note (a disposition''s instruction).
# `dapat_ditunda`: the complaint may wait on the complainant here (the SOP''s warning).
[[langkah]]
no = 1
pelaksana = "pelapor"
aktivitas = "Pelapor menyampaikan laporan pengaduan secara langsung/tidak langsung terkait dengan dugaan pelanggaran dari Divisi/UPT/Masyarakat/Media"
kelengkapan = "surat"
menit = 30
output = "Mengetahui permasalahan"
aksi = "Registrasi"

[[langkah]]
no = 2
pelaksana = "kakanwil"
aktivitas = "Kakanwil memerintahkan Kadivmin untuk menindaklanjuti laporan pengaduan/konfirmasi kebenaran pengaduan tersebut"
kelengkapan = "disposisi"
menit = 10
output = "Disposisi/instruksi"
aksi = "Disposisi"
catatan_wajib = true
hasil = "disposisi"

[[langkah]]
no = 3
pelaksana = "kadiv"
aktivitas = "Kadivmin memerintahkan Kabag P2 untuk memproses laporan pengaduan"
kelengkapan = "disposisi"
menit = 15
output = "Laporan"
aksi = "Disposisi"
catatan_wajib = true
hasil = "disposisi"

[[langkah]]
no = 4
pelaksana = "kabag_p2"
aktivitas = "Kabag P2 memerintahkan Kasubag PPHTI untuk memproses laporan pengaduan"
kelengkapan = "disposisi"
menit = 15
output = "Laporan"
aksi = "Disposisi"
catatan_wajib = true
hasil = "disposisi"

[[langkah]]
no = 5
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI menelaah dan meneliti, memeriksa syarat kelengkapan laporan pengaduan"
kelengkapan = "berkas_laporan"
menit = 60
output = "Hasil telaahan"
aksi = "Selesai Telaah"
dapat_ditunda = true
hasil = "telaahan"

[[langkah]]
no = 6
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI membuat konsep nota dinas Divisi Administrasi terkait laporan pengaduan untuk disampaikan ke divisi terkait untuk ditindaklanjuti"
kelengkapan = "draft_nota_dinas"
menit = 25
output = "Nota dinas"
aksi = "Selesai Konsep"
hasil = "nota_dinas"

[[langkah]]
no = 7
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI menyampaikan konsep nota dinas Divisi Administrasi ke Kabag P2 untuk dikoreksi dan paraf"
kelengkapan = "draft_nota_dinas"
menit = 25
output = "Nota dinas"
aksi = "Teruskan"
hasil = "paraf"

[[langkah]]
no = 8
pelaksana = "kabag_p2"
aktivitas = "Kabag P2 menyampaikan konsep nota dinas ke Kadivmin untuk dikoreksi dan paraf"
kelengkapan = "nota_dinas"
menit = 20
output = "Nota dinas"
aksi = "Paraf"
hasil = "paraf"

[[langkah]]
no = 9
pelaksana = "kadiv"
aktivitas = "Kadivmin menyampaikan nota dinas ke Kakanwil untuk koreksi dan ditandatangani dan diteruskan ke Divisi terkait untuk ditindaklanjuti"
kelengkapan = "nota_dinas"
menit = 15
output = "Nota dinas"
aksi = "Paraf dan Sampaikan ke Kakanwil"
hasil = "paraf"

# The SOP has the Kakanwil correct and sign within step 9: a sub-step in the Kakanwil''s
# lane, timed within step 9''s standard (the Kadiv''s share is what it leaves: 5 minutes).
[[langkah.bagian]]
pelaksana = "kakanwil"
aktivitas = "Kakanwil mengoreksi dan menandatangani nota dinas"
menit = 10
aksi = "Tanda Tangan dan Teruskan"
hasil = "tanda_tangan"

[[langkah]]
no = 10
pelaksana = "divisi_terkait"
aktivitas = "Divisi terkait memberikan jawaban/informasi atas laporan yang disampaikan dalam bentuk laporan/press release"
kelengkapan = "laporan"
menit = 20
output = "Laporan/press release"
aksi = "Kirim Jawaban"
hasil = "jawaban"

[[langkah]]
no = 11
pelaksana = "kakanwil"
aktivitas = "Kakanwil memerintahkan Kadiv terkait untuk menyampaikan jawaban kepada masyarakat"
kelengkapan = "laporan"
menit = 10
output = "Laporan/press release"
aksi = "Disposisi"
catatan_wajib = true
hasil = "disposisi"

[[langkah]]
no = 12
pelaksana = "kadiv"
aktivitas = "Kadivmin memerintahkan Kabag P2 untuk menyampaikan jawaban kepada masyarakat"
kelengkapan = "laporan"
menit = 10
output = "Laporan/press release"
aksi = "Disposisi"
catatan_wajib = true
hasil = "disposisi"

[[langkah]]
no = 13
pelaksana = "kabag_p2"
aktivitas = "Kabag P2 memerintahkan Kasubag PPHTI untuk menyampaikan jawaban kepada masyarakat"
kelengkapan = "laporan"
menit = 15
output = "Laporan/press release"
aksi = "Disposisi"
catatan_wajib = true
hasil = "disposisi"

[[langkah]]
no = 14
pelaksana = "kasubag_pphti"
aktivitas = "Kasubag PPHTI meneruskan jawaban kepada masyarakat secara langsung atau melalui website"
kelengkapan = "laporan"
menit = 20
output = "Laporan/press release"
aksi = "Kirim Jawaban dan Tutup"
hasil = "penyampaian"

# Transitions. "teruskan" completes a step and opens the next; "selesai" ends the SOP;
# "perbaikan" returns the draft to the drafter (the correction loop): decided by the official
# who received the draft (Kabag P2 at step 8, Kadiv at step 9, Kakanwil in step 9''s
# sub-step), never by its sender.
[[alur]]
dari = 1
ke = 2
[[alur]]
dari = 2
ke = 3
[[alur]]
dari = 3
ke = 4
[[alur]]
dari = 4
ke = 5
[[alur]]
dari = 5
ke = 6
[[alur]]
dari = 6
ke = 7
[[alur]]
dari = 7
ke = 8
[[alur]]
dari = 8
ke = 9
[[alur]]
dari = 9
ke = 10
[[alur]]
dari = 10
ke = 11
[[alur]]
dari = 11
ke = 12
[[alur]]
dari = 12
ke = 13
[[alur]]
dari = 13
ke = 14
[[alur]]
dari = 14
ke = "selesai"

[[alur]]
dari = 8
ke = 6
jenis = "perbaikan"
[[alur]]
dari = 9
ke = 6
jenis = "perbaikan"
', '2026-11-27 10:00:00');


--
-- Data for Name: step_output; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (1, 1, 'disposisi', 1, 2, 1, '{"catatan": "Segera tindak lanjuti, laporkan hasilnya kepada saya.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan"], "kepada": ["kadiv"]}', 1, '2026-10-22 08:47:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (2, 1, 'disposisi', 2, 3, 1, '{"catatan": "Proses lebih lanjut, koordinasikan dengan divisi terkait.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan", "Siapkan bahan"], "kepada": ["kabag_p2"]}', 2, '2026-10-22 09:02:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (3, 1, 'disposisi', 3, 4, 1, '{"catatan": "Teliti kelengkapan laporan dan buat telaahan.", "instruksi": ["Tanggapan dan saran", "Proses lebih lanjut"], "kepada": ["kasubag_pphti"]}', 3, '2026-10-22 09:09:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (4, 1, 'telaahan', 1, 5, 1, '{"analisis": "Materi pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.", "fakta": "1. Pengaduan diterima melalui surat elektronik tanggal 21 Oktober 2026 pada 21 Oktober 2026.\n2. Kejadian dialami pada 1 Oktober 2026 di Kantor Imigrasi Kelas I TPI Pangkalpinang.\n3. Bukti pendukung belum dilampirkan secara lengkap.", "kesimpulan": "Pengaduan lengkap dan dapat ditindaklanjuti.", "persoalan": "Laporan pengaduan Sdr. Wulan Ginting mengenai penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas I TPI Pangkalpinang (register 0001/PENGADUAN/X/2026).", "praanggapan": "Pengaduan disampaikan untuk perbaikan layanan, bukan untuk kepentingan pribadi.", "saran": "Diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor."}', 4, '2026-10-26 09:26:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (5, 1, 'nota_dinas', 1, 6, 1, '{"divisi": "TU", "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat", "isi": "Sehubungan dengan laporan pengaduan masyarakat yang diterima melalui surat elektronik tanggal 21 Oktober 2026, terdaftar dengan nomor register 0001/PENGADUAN/X/2026, perihal penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas I TPI Pangkalpinang, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.\n\nBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Bagian Tata Usaha dan Umum dan memerlukan klarifikasi kepada unit yang diadukan.\n\nMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.", "lampiran": [1], "sifat": "segera", "tembusan": ["Kepala Kantor Wilayah", "Kepala Divisi Administrasi"], "yth": "Kepala Bagian Tata Usaha dan Umum"}', 4, '2026-10-27 07:32:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (6, 1, 'jawaban', 1, 10, 1, '{"isi": "Bagian Tata Usaha dan Umum telah menindaklanjuti pengaduan register 0001/PENGADUAN/X/2026. Hasilnya: telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.", "lampiran": [3]}', 5, '2026-10-29 14:12:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (7, 1, 'disposisi', 4, 11, 1, '{"catatan": "Sampaikan jawaban kepada pelapor.", "instruksi": ["Proses lebih lanjut"], "kepada": ["kadiv"]}', 1, '2026-10-29 14:29:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (8, 1, 'disposisi', 5, 12, 1, '{"catatan": "Proses penyampaian jawaban kepada pelapor.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan"], "kepada": ["kabag_p2"]}', 2, '2026-10-29 14:38:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (9, 1, 'disposisi', 6, 13, 1, '{"catatan": "Sampaikan jawaban dan tutup pengaduan.", "instruksi": ["Proses lebih lanjut", "Untuk diketahui", "Arsip"], "kepada": ["kasubag_pphti"]}', 3, '2026-10-29 15:14:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (10, 1, 'tanggapan', 1, 14, 1, '{"isi": "Yth. Wulan Ginting,\n\nMenindaklanjuti pengaduan Saudara yang kami terima pada 21 Oktober 2026 (register 0001/PENGADUAN/X/2026), bersama ini kami sampaikan bahwa telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.\n\nTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami."}', 4, '2026-10-29 15:34:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (11, 1, 'penyampaian', 1, 14, 1, '{"bukti": [4], "catatan": "", "dipublikasikan": false, "saluran": "email", "tanggal": "2026-10-29", "tiket_ditutup": false}', 4, '2026-10-29 15:34:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (12, 2, 'disposisi', 1, 2, 1, '{"catatan": "Konfirmasikan kepada unit terkait dan proses sesuai SOP.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan", "Siapkan bahan"], "kepada": ["kadiv"]}', 1, '2026-11-09 07:55:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (13, 2, 'disposisi', 2, 3, 1, '{"catatan": "Proses sesuai SOP, laporkan hasilnya.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan", "Siapkan bahan"], "kepada": ["kabag_p2"]}', 2, '2026-11-10 15:26:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (14, 2, 'disposisi', 3, 4, 1, '{"catatan": "Teliti kelengkapan laporan dan buat telaahan.", "instruksi": ["Tanggapan dan saran", "Proses lebih lanjut"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-12 10:03:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (15, 2, 'telaahan', 1, 5, 1, '{"analisis": "Materi pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.", "fakta": "1. Pengaduan diterima melalui kedatangan langsung ke kantor pada 9 November 2026.\n2. Kejadian dialami pada 30 Oktober 2026 di Kantor Imigrasi Kelas II TPI Tanjung Pandan.\n3. Pelapor melampirkan bukti pendukung.", "kesimpulan": "Pengaduan lengkap dan dapat ditindaklanjuti.", "persoalan": "Laporan pengaduan Sdr. Ayu Fauzi mengenai penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas II TPI Tanjung Pandan (register 0002/PENGADUAN/XI/2026).", "praanggapan": "Pelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.", "saran": "Diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor."}', 4, '2026-11-12 11:08:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (16, 2, 'nota_dinas', 1, 6, 1, '{"divisi": "TU", "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat", "isi": "Sehubungan dengan laporan pengaduan masyarakat yang diterima melalui kedatangan langsung ke kantor, terdaftar dengan nomor register 0002/PENGADUAN/XI/2026, perihal penahanan dokumen perjalanan tanpa alasan di Kantor Imigrasi Kelas II TPI Tanjung Pandan, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.\n\nBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Bagian Tata Usaha dan Umum dan memerlukan klarifikasi kepada unit yang diadukan.\n\nMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.", "lampiran": [5], "sifat": "segera", "tembusan": ["Kepala Kantor Wilayah", "Kepala Divisi Administrasi"], "yth": "Kepala Bagian Tata Usaha dan Umum"}', 4, '2026-11-12 14:55:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (17, 2, 'jawaban', 1, 10, 1, '{"isi": "Bagian Tata Usaha dan Umum telah menindaklanjuti pengaduan register 0002/PENGADUAN/XI/2026. Hasilnya: telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.", "lampiran": [7]}', 5, '2026-11-13 08:15:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (18, 2, 'disposisi', 4, 11, 1, '{"catatan": "Jawaban agar segera disampaikan.", "instruksi": ["Proses lebih lanjut"], "kepada": ["kadiv"]}', 1, '2026-11-16 08:57:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (19, 2, 'disposisi', 5, 12, 1, '{"catatan": "Proses penyampaian jawaban kepada pelapor.", "instruksi": ["Proses lebih lanjut"], "kepada": ["kabag_p2"]}', 2, '2026-11-16 09:04:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (20, 2, 'disposisi', 6, 13, 1, '{"catatan": "Kirim jawaban melalui surat dan laman.", "instruksi": ["Proses lebih lanjut", "Arsip"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-18 07:54:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (62, 7, 'disposisi', 1, 2, 1, '{"catatan": "Segera tindak lanjuti, laporkan hasilnya kepada saya.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan", "Untuk diketahui"], "kepada": ["kadiv"]}', 1, '2026-11-25 08:52:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (21, 2, 'tanggapan', 1, 14, 1, '{"isi": "Yth. Ayu Fauzi,\n\nMenindaklanjuti pengaduan Saudara yang kami terima pada 9 November 2026 (register 0002/PENGADUAN/XI/2026), bersama ini kami sampaikan bahwa telah dilakukan pemeriksaan; tidak ditemukan perlakuan khusus, dan prosedur layanan telah ditegaskan kembali.\n\nTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami."}', 4, '2026-11-18 08:13:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (22, 2, 'penyampaian', 1, 14, 1, '{"bukti": [8], "catatan": "", "dipublikasikan": false, "saluran": "langsung", "tanggal": "2026-11-18", "tiket_ditutup": false}', 4, '2026-11-18 08:13:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (23, 3, 'disposisi', 1, 2, 1, '{"catatan": "Tindak lanjuti dan konfirmasi kebenaran pengaduan.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan"], "kepada": ["kadiv"]}', 1, '2026-11-13 14:49:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (24, 3, 'disposisi', 2, 3, 1, '{"catatan": "Telaah dan siapkan nota dinas.", "instruksi": ["Proses lebih lanjut", "Siapkan bahan"], "kepada": ["kabag_p2"]}', 2, '2026-11-13 15:02:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (25, 3, 'disposisi', 3, 4, 1, '{"catatan": "Siapkan telaahan dan konsep nota dinas ke divisi terkait.", "instruksi": ["Tanggapan dan saran", "Proses lebih lanjut"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-13 15:12:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (26, 3, 'telaahan', 1, 5, 1, '{"analisis": "Perbuatan yang diadukan, bila benar, bertentangan dengan standar pelayanan dan kode etik pegawai, serta termasuk kewenangan divisi terkait untuk ditindaklanjuti.", "fakta": "1. Pengaduan diterima melalui SP4N-LAPOR! dengan nomor tiket LAPOR-2611000003 pada 13 November 2026.\n2. Kejadian dialami pada 9 November 2026 di Rutan Kelas IIB Sungailiat.\n3. Pelapor melampirkan bukti pendukung.", "kesimpulan": "Pengaduan lengkap dan dapat ditindaklanjuti.", "persoalan": "Laporan pengaduan Sdr. Daeng Halim mengenai petugas loket tidak ramah di Rutan Kelas IIB Sungailiat (register 0003/PENGADUAN/XI/2026).", "praanggapan": "Kejadian yang dilaporkan dapat dikonfirmasi kepada unit yang diadukan.", "saran": "Diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor."}', 4, '2026-11-13 15:51:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (27, 3, 'nota_dinas', 1, 6, 1, '{"divisi": "YANKUM", "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat", "isi": "Sehubungan dengan laporan pengaduan masyarakat yang diterima melalui SP4N-LAPOR! dengan nomor tiket LAPOR-2611000003, terdaftar dengan nomor register 0003/PENGADUAN/XI/2026, perihal petugas loket tidak ramah di Rutan Kelas IIB Sungailiat, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.\n\nBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Divisi Pelayanan Hukum dan memerlukan klarifikasi kepada unit yang diadukan.\n\nMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.", "lampiran": [9], "sifat": "segera", "tembusan": ["Kepala Kantor Wilayah", "Kepala Divisi Administrasi"], "yth": "Kepala Divisi Pelayanan Hukum"}', 4, '2026-11-16 10:24:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (28, 3, 'nota_dinas', 2, 6, 2, '{"divisi": "YANKUM", "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat tentang Petugas loket tidak ramah", "isi": "Sehubungan dengan laporan pengaduan masyarakat yang diterima melalui SP4N-LAPOR! dengan nomor tiket LAPOR-2611000003, terdaftar dengan nomor register 0003/PENGADUAN/XI/2026, perihal petugas loket tidak ramah di Rutan Kelas IIB Sungailiat, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.\n\nBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Divisi Pelayanan Hukum dan memerlukan klarifikasi kepada unit yang diadukan.\n\nMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.", "lampiran": [9], "sifat": "segera", "tembusan": ["Kepala Kantor Wilayah", "Kepala Divisi Administrasi"], "yth": "Kepala Divisi Pelayanan Hukum"}', 4, '2026-11-16 11:29:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (29, 3, 'jawaban', 1, 10, 1, '{"isi": "Divisi Pelayanan Hukum telah menindaklanjuti pengaduan register 0003/PENGADUAN/XI/2026. Hasilnya: layanan telah dievaluasi dan jadwal serta alur antrean diperbaiki.", "lampiran": [11]}', 5, '2026-11-18 11:36:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (30, 3, 'disposisi', 4, 11, 1, '{"catatan": "Sampaikan jawaban kepada pelapor.", "instruksi": ["Proses lebih lanjut"], "kepada": ["kadiv"]}', 1, '2026-11-18 11:46:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (31, 3, 'disposisi', 5, 12, 1, '{"catatan": "Teruskan jawaban kepada pelapor.", "instruksi": ["Proses lebih lanjut"], "kepada": ["kabag_p2"]}', 2, '2026-11-20 11:21:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (32, 3, 'disposisi', 6, 13, 1, '{"catatan": "Sampaikan jawaban dan tutup pengaduan.", "instruksi": ["Proses lebih lanjut", "Arsip"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-20 13:29:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (33, 3, 'tanggapan', 1, 14, 1, '{"isi": "Yth. Daeng Halim,\n\nMenindaklanjuti pengaduan Saudara yang kami terima pada 13 November 2026 (register 0003/PENGADUAN/XI/2026), bersama ini kami sampaikan bahwa layanan telah dievaluasi dan jadwal serta alur antrean diperbaiki.\n\nTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami."}', 4, '2026-11-20 13:59:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (34, 3, 'penyampaian', 1, 14, 1, '{"bukti": [], "catatan": "", "dipublikasikan": false, "saluran": "lapor", "tanggal": "2026-11-20", "tiket_ditutup": true}', 4, '2026-11-20 13:59:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (35, 4, 'disposisi', 1, 2, 1, '{"catatan": "Tindak lanjuti dan konfirmasi kebenaran pengaduan.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan"], "kepada": ["kadiv"]}', 1, '2026-11-13 08:49:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (36, 4, 'disposisi', 2, 3, 1, '{"catatan": "Proses lebih lanjut, koordinasikan dengan divisi terkait.", "instruksi": ["Proses lebih lanjut", "Siapkan bahan"], "kepada": ["kabag_p2"]}', 2, '2026-11-13 09:00:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (37, 4, 'disposisi', 3, 4, 1, '{"catatan": "Teliti kelengkapan laporan dan buat telaahan.", "instruksi": ["Tanggapan dan saran", "Proses lebih lanjut"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-13 09:12:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (38, 4, 'telaahan', 1, 5, 1, '{"analisis": "Materi pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.", "fakta": "1. Pengaduan diterima melalui SP4N-LAPOR! dengan nomor tiket LAPOR-2611000004 pada 13 November 2026.\n2. Kejadian dialami pada 19 Oktober 2026 di Divisi Pemasyarakatan.\n3. Pelapor melampirkan bukti pendukung.", "kesimpulan": "Pengaduan lengkap dan dapat ditindaklanjuti.", "persoalan": "Laporan pengaduan Sdr. Ucok Susanti mengenai biaya tambahan pembuatan paspor di luar PNBP di Divisi Pemasyarakatan (register 0004/PENGADUAN/XI/2026).", "praanggapan": "Pelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.", "saran": "Diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor."}', 4, '2026-11-13 10:05:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (61, 6, 'nota_dinas', 1, 6, 1, '{"divisi": "TU", "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat", "isi": "Sehubungan dengan laporan pengaduan masyarakat yang diterima melalui kedatangan langsung ke kantor, terdaftar dengan nomor register 0006/PENGADUAN/XI/2026, perihal pungutan saat layanan kunjungan di Kantor Wilayah (umum), bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.\n\nBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Bagian Tata Usaha dan Umum dan memerlukan klarifikasi kepada unit yang diadukan.\n\nMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.", "lampiran": [18], "sifat": "segera", "tembusan": ["Kepala Kantor Wilayah", "Kepala Divisi Administrasi"], "yth": "Kepala Bagian Tata Usaha dan Umum"}', 4, '2026-11-26 10:54:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (39, 4, 'nota_dinas', 1, 6, 1, '{"divisi": "TU", "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat", "isi": "Sehubungan dengan laporan pengaduan masyarakat yang diterima melalui SP4N-LAPOR! dengan nomor tiket LAPOR-2611000004, terdaftar dengan nomor register 0004/PENGADUAN/XI/2026, perihal biaya tambahan pembuatan paspor di luar PNBP di Divisi Pemasyarakatan, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.\n\nBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Bagian Tata Usaha dan Umum dan memerlukan klarifikasi kepada unit yang diadukan.\n\nMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.", "lampiran": [12], "sifat": "biasa", "tembusan": ["Kepala Kantor Wilayah", "Kepala Divisi Administrasi"], "yth": "Kepala Bagian Tata Usaha dan Umum"}', 4, '2026-11-13 10:15:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (40, 4, 'jawaban', 1, 10, 1, '{"isi": "Bagian Tata Usaha dan Umum telah menindaklanjuti pengaduan register 0004/PENGADUAN/XI/2026. Hasilnya: tidak ditemukan bukti pungutan di luar ketentuan; petugas yang disebut telah diperiksa dan diberi pembinaan.", "lampiran": [14]}', 5, '2026-11-16 13:38:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (41, 4, 'disposisi', 4, 11, 1, '{"catatan": "Sampaikan jawaban kepada pelapor.", "instruksi": ["Proses lebih lanjut"], "kepada": ["kadiv"]}', 1, '2026-11-16 13:46:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (42, 4, 'disposisi', 5, 12, 1, '{"catatan": "Teruskan jawaban kepada pelapor.", "instruksi": ["Proses lebih lanjut"], "kepada": ["kabag_p2"]}', 2, '2026-11-16 13:54:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (43, 4, 'disposisi', 6, 13, 1, '{"catatan": "Kirim jawaban melalui surat dan laman.", "instruksi": ["Proses lebih lanjut", "Arsip"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-18 10:20:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (44, 4, 'tanggapan', 1, 14, 1, '{"isi": "Yth. Ucok Susanti,\n\nMenindaklanjuti pengaduan Saudara yang kami terima pada 13 November 2026 (register 0004/PENGADUAN/XI/2026), bersama ini kami sampaikan bahwa tidak ditemukan bukti pungutan di luar ketentuan; petugas yang disebut telah diperiksa dan diberi pembinaan.\n\nTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami."}', 4, '2026-11-18 14:43:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (45, 4, 'penyampaian', 1, 14, 1, '{"bukti": [], "catatan": "", "dipublikasikan": false, "saluran": "lapor", "tanggal": "2026-11-18", "tiket_ditutup": true}', 4, '2026-11-18 14:43:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (46, 5, 'disposisi', 1, 2, 1, '{"catatan": "Tindak lanjuti dan konfirmasi kebenaran pengaduan.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan"], "kepada": ["kadiv"]}', 1, '2026-11-20 14:53:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (47, 5, 'disposisi', 2, 3, 1, '{"catatan": "Proses sesuai SOP, laporkan hasilnya.", "instruksi": ["Proses lebih lanjut", "Siapkan bahan"], "kepada": ["kabag_p2"]}', 2, '2026-11-20 15:09:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (48, 5, 'disposisi', 3, 4, 1, '{"catatan": "Teliti kelengkapan laporan dan buat telaahan.", "instruksi": ["Tanggapan dan saran", "Proses lebih lanjut"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-20 15:23:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (49, 5, 'telaahan', 1, 5, 1, '{"analisis": "Materi pengaduan berkaitan dengan tugas dan fungsi divisi terkait; klarifikasi kepada unit yang diadukan diperlukan untuk memastikan kebenarannya.", "fakta": "1. Pengaduan diterima melalui laman kantor wilayah pada 20 November 2026.\n2. Kejadian dialami pada 8 November 2026 di Lapas Perempuan Kelas III Pangkalpinang.\n3. Pelapor melampirkan bukti pendukung.", "kesimpulan": "Pengaduan lengkap dan dapat ditindaklanjuti.", "persoalan": "Laporan pengaduan Sdr. Fajar Ginting mengenai permintaan informasi jadwal kunjungan di Lapas Perempuan Kelas III Pangkalpinang (register 0005/PENGADUAN/XI/2026).", "praanggapan": "Kejadian yang dilaporkan dapat dikonfirmasi kepada unit yang diadukan.", "saran": "Diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor."}', 4, '2026-11-20 15:50:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (50, 5, 'nota_dinas', 1, 6, 1, '{"divisi": "YANKUM", "hal": "Tindak Lanjut Laporan Pengaduan Masyarakat", "isi": "Sehubungan dengan laporan pengaduan masyarakat yang diterima melalui laman kantor wilayah, terdaftar dengan nomor register 0005/PENGADUAN/XI/2026, perihal permintaan informasi jadwal kunjungan di Lapas Perempuan Kelas III Pangkalpinang, bersama ini kami sampaikan laporan tersebut untuk ditindaklanjuti.\n\nBerdasarkan hasil telaahan, pengaduan tersebut termasuk kewenangan Divisi Pelayanan Hukum dan memerlukan klarifikasi kepada unit yang diadukan.\n\nMohon hasil tindak lanjut disampaikan kepada kami paling lambat 5 (lima) hari kerja, sebagai bahan jawaban kepada pelapor. Atas perhatian dan kerja samanya diucapkan terima kasih.", "lampiran": [15], "sifat": "segera", "tembusan": ["Kepala Kantor Wilayah", "Kepala Divisi Administrasi"], "yth": "Kepala Divisi Pelayanan Hukum"}', 4, '2026-11-23 13:22:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (51, 5, 'jawaban', 1, 10, 1, '{"isi": "Divisi Pelayanan Hukum telah menindaklanjuti pengaduan register 0005/PENGADUAN/XI/2026. Hasilnya: informasi yang diminta telah disiapkan dan dapat diberikan.", "lampiran": [17]}', 5, '2026-11-23 14:37:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (52, 5, 'disposisi', 4, 11, 1, '{"catatan": "Jawaban agar segera disampaikan.", "instruksi": ["Proses lebih lanjut"], "kepada": ["kadiv"]}', 1, '2026-11-23 15:55:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (53, 5, 'disposisi', 5, 12, 1, '{"catatan": "Teruskan jawaban kepada pelapor.", "instruksi": ["Proses lebih lanjut"], "kepada": ["kabag_p2"]}', 2, '2026-11-24 07:32:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (54, 5, 'disposisi', 6, 13, 1, '{"catatan": "Sampaikan jawaban dan tutup pengaduan.", "instruksi": ["Proses lebih lanjut", "Arsip"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-24 07:45:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (55, 5, 'tanggapan', 1, 14, 1, '{"isi": "Yth. Fajar Ginting,\n\nMenindaklanjuti pengaduan Saudara yang kami terima pada 20 November 2026 (register 0005/PENGADUAN/XI/2026), bersama ini kami sampaikan bahwa informasi yang diminta telah disiapkan dan dapat diberikan.\n\nTerima kasih atas kepedulian Saudara terhadap peningkatan pelayanan kami."}', 4, '2026-11-24 08:24:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (56, 5, 'penyampaian', 1, 14, 1, '{"bukti": [], "catatan": "", "dipublikasikan": true, "saluran": "laman", "tanggal": "2026-11-24", "tiket_ditutup": false}', 4, '2026-11-24 08:24:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (57, 6, 'disposisi', 1, 2, 1, '{"catatan": "Segera tindak lanjuti, laporkan hasilnya kepada saya.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan"], "kepada": ["kadiv"]}', 1, '2026-11-24 10:55:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (58, 6, 'disposisi', 2, 3, 1, '{"catatan": "Proses lebih lanjut, koordinasikan dengan divisi terkait.", "instruksi": ["Proses lebih lanjut", "Siapkan bahan"], "kepada": ["kabag_p2"]}', 2, '2026-11-24 11:22:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (59, 6, 'disposisi', 3, 4, 1, '{"catatan": "Siapkan telaahan dan konsep nota dinas ke divisi terkait.", "instruksi": ["Tanggapan dan saran", "Proses lebih lanjut"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-24 11:35:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (60, 6, 'telaahan', 1, 5, 1, '{"analisis": "Perbuatan yang diadukan, bila benar, bertentangan dengan standar pelayanan dan kode etik pegawai, serta termasuk kewenangan divisi terkait untuk ditindaklanjuti.", "fakta": "1. Pengaduan diterima melalui kedatangan langsung ke kantor pada 23 November 2026.\n2. Kejadian dialami pada 4 November 2026 di Kantor Wilayah (umum).\n3. Pelapor melampirkan bukti pendukung.", "kesimpulan": "Pengaduan memenuhi syarat untuk ditindaklanjuti oleh divisi terkait.", "persoalan": "Laporan pengaduan Sdr. Wulan Siregar mengenai pungutan saat layanan kunjungan di Kantor Wilayah (umum) (register 0006/PENGADUAN/XI/2026).", "praanggapan": "Pelapor menyampaikan keadaan yang dialaminya sendiri dan beritikad baik.", "saran": "Diteruskan kepada divisi terkait melalui nota dinas untuk klarifikasi dan tindak lanjut, dengan jawaban disampaikan kepada pelapor."}', 4, '2026-11-24 13:25:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (63, 7, 'disposisi', 2, 3, 1, '{"catatan": "Telaah dan siapkan nota dinas.", "instruksi": ["Proses lebih lanjut", "Siapkan bahan"], "kepada": ["kabag_p2"]}', 2, '2026-11-25 08:57:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (64, 7, 'disposisi', 3, 4, 1, '{"catatan": "Telaah dan siapkan konsep nota dinas.", "instruksi": ["Tanggapan dan saran", "Proses lebih lanjut"], "kepada": ["kasubag_pphti"]}', 3, '2026-11-25 09:07:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (65, 8, 'disposisi', 1, 2, 1, '{"catatan": "Konfirmasikan kepada unit terkait dan proses sesuai SOP.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan"], "kepada": ["kadiv"]}', 1, '2026-11-26 10:24:00');
INSERT INTO public.step_output (id, complaint_id, kind, version, step_no, pass_no, fields, created_by_id, created_at) VALUES (66, 8, 'disposisi', 2, 3, 1, '{"catatan": "Proses lebih lanjut, koordinasikan dengan divisi terkait.", "instruksi": ["Proses lebih lanjut", "Koordinasi / konfirmasikan", "Siapkan bahan"], "kepada": ["kabag_p2"]}', 2, '2026-11-26 10:57:00');


--
-- Data for Name: step_record; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (1, 1, 1, 1, 'pelapor', 1, 0, '2026-10-21 07:30:00', '2026-10-22 08:40:00', 4, 'diteruskan', NULL, NULL, NULL, 520, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (2, 1, 2, 2, 'kakanwil', 1, 0, '2026-10-22 08:40:00', '2026-10-22 08:47:00', 1, 'diteruskan', 'Segera tindak lanjuti, laporkan hasilnya kepada saya.', NULL, NULL, 7, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (3, 1, 3, 3, 'kadiv', 1, 0, '2026-10-22 08:47:00', '2026-10-22 09:02:00', 2, 'diteruskan', 'Proses lebih lanjut, koordinasikan dengan divisi terkait.', NULL, NULL, 15, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (4, 1, 4, 4, 'kabag_p2', 1, 0, '2026-10-22 09:02:00', '2026-10-22 09:09:00', 3, 'diteruskan', 'Teliti kelengkapan laporan dan buat telaahan.', NULL, NULL, 7, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (5, 1, 5, 5, 'kasubag_pphti', 1, 0, '2026-10-22 09:09:00', '2026-10-26 09:26:00', 4, 'diteruskan', NULL, NULL, NULL, 917, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (6, 1, 6, 6, 'kasubag_pphti', 1, 0, '2026-10-26 09:26:00', '2026-10-27 07:32:00', 4, 'diteruskan', NULL, NULL, NULL, 336, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (7, 1, 7, 7, 'kasubag_pphti', 1, 0, '2026-10-27 07:32:00', '2026-10-27 07:51:00', 4, 'diteruskan', NULL, NULL, NULL, 19, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (8, 1, 8, 8, 'kabag_p2', 1, 0, '2026-10-27 07:51:00', '2026-10-27 08:18:00', 3, 'diteruskan', NULL, NULL, NULL, 27, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (9, 1, 9, 9, 'kadiv', 1, 0, '2026-10-27 08:18:00', '2026-10-27 13:27:00', 2, 'diteruskan', NULL, NULL, NULL, 249, 5);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (10, 1, 10, 9, 'kakanwil', 1, 1, '2026-10-27 13:27:00', '2026-10-28 08:22:00', 1, 'diteruskan', NULL, NULL, NULL, 205, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (11, 1, 11, 10, 'divisi_terkait', 1, 0, '2026-10-28 08:22:00', '2026-10-29 14:12:00', 5, 'diteruskan', NULL, NULL, NULL, 740, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (12, 1, 12, 11, 'kakanwil', 1, 0, '2026-10-29 14:12:00', '2026-10-29 14:29:00', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 17, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (13, 1, 13, 12, 'kadiv', 1, 0, '2026-10-29 14:29:00', '2026-10-29 14:38:00', 2, 'diteruskan', 'Proses penyampaian jawaban kepada pelapor.', NULL, NULL, 9, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (14, 1, 14, 13, 'kabag_p2', 1, 0, '2026-10-29 14:38:00', '2026-10-29 15:14:00', 3, 'diteruskan', 'Sampaikan jawaban dan tutup pengaduan.', NULL, NULL, 36, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (15, 1, 15, 14, 'kasubag_pphti', 1, 0, '2026-10-29 15:14:00', '2026-10-29 15:34:00', 4, 'selesai', NULL, NULL, NULL, 20, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (16, 2, 1, 1, 'pelapor', 1, 0, '2026-11-09 07:30:00', '2026-11-09 07:49:00', 4, 'diteruskan', NULL, 'Pengaduan disampaikan secara lisan/elektronik; dicatat pada formulir.', NULL, 19, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (17, 2, 2, 2, 'kakanwil', 1, 0, '2026-11-09 07:49:00', '2026-11-09 07:55:00', 1, 'diteruskan', 'Konfirmasikan kepada unit terkait dan proses sesuai SOP.', NULL, NULL, 6, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (18, 2, 3, 3, 'kadiv', 1, 0, '2026-11-09 07:55:00', '2026-11-10 15:26:00', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 841, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (19, 2, 4, 4, 'kabag_p2', 1, 0, '2026-11-10 15:26:00', '2026-11-12 10:03:00', 3, 'diteruskan', 'Teliti kelengkapan laporan dan buat telaahan.', NULL, NULL, 637, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (20, 2, 5, 5, 'kasubag_pphti', 1, 0, '2026-11-12 10:03:00', '2026-11-12 11:08:00', 4, 'diteruskan', NULL, NULL, NULL, 65, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (21, 2, 6, 6, 'kasubag_pphti', 1, 0, '2026-11-12 11:08:00', '2026-11-12 14:55:00', 4, 'diteruskan', NULL, NULL, NULL, 167, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (22, 2, 7, 7, 'kasubag_pphti', 1, 0, '2026-11-12 14:55:00', '2026-11-12 15:38:00', 4, 'diteruskan', NULL, NULL, NULL, 43, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (23, 2, 8, 8, 'kabag_p2', 1, 0, '2026-11-12 15:38:00', '2026-11-13 07:38:00', 3, 'diteruskan', NULL, NULL, NULL, 30, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (24, 2, 9, 9, 'kadiv', 1, 0, '2026-11-13 07:38:00', '2026-11-13 07:44:00', 2, 'diteruskan', NULL, NULL, NULL, 6, 5);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (25, 2, 10, 9, 'kakanwil', 1, 1, '2026-11-13 07:44:00', '2026-11-13 07:54:00', 1, 'diteruskan', NULL, NULL, NULL, 10, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (26, 2, 11, 10, 'divisi_terkait', 1, 0, '2026-11-13 07:54:00', '2026-11-13 08:15:00', 5, 'diteruskan', NULL, NULL, NULL, 21, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (27, 2, 12, 11, 'kakanwil', 1, 0, '2026-11-13 08:15:00', '2026-11-16 08:57:00', 1, 'diteruskan', 'Jawaban agar segera disampaikan.', NULL, NULL, 492, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (28, 2, 13, 12, 'kadiv', 1, 0, '2026-11-16 08:57:00', '2026-11-16 09:04:00', 2, 'diteruskan', 'Proses penyampaian jawaban kepada pelapor.', NULL, NULL, 7, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (29, 2, 14, 13, 'kabag_p2', 1, 0, '2026-11-16 09:04:00', '2026-11-18 07:54:00', 3, 'diteruskan', 'Kirim jawaban melalui surat dan laman.', NULL, NULL, 830, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (30, 2, 15, 14, 'kasubag_pphti', 1, 0, '2026-11-18 07:54:00', '2026-11-18 08:13:00', 4, 'selesai', NULL, NULL, NULL, 19, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (31, 3, 1, 1, 'pelapor', 1, 0, '2026-11-13 07:30:00', '2026-11-13 14:45:00', 4, 'diteruskan', NULL, NULL, NULL, 345, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (32, 3, 2, 2, 'kakanwil', 1, 0, '2026-11-13 14:45:00', '2026-11-13 14:49:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 4, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (33, 3, 3, 3, 'kadiv', 1, 0, '2026-11-13 14:49:00', '2026-11-13 15:02:00', 2, 'diteruskan', 'Telaah dan siapkan nota dinas.', NULL, NULL, 13, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (34, 3, 4, 4, 'kabag_p2', 1, 0, '2026-11-13 15:02:00', '2026-11-13 15:12:00', 3, 'diteruskan', 'Siapkan telaahan dan konsep nota dinas ke divisi terkait.', NULL, NULL, 10, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (35, 3, 5, 5, 'kasubag_pphti', 1, 0, '2026-11-13 15:12:00', '2026-11-13 15:51:00', 4, 'diteruskan', NULL, NULL, NULL, 39, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (36, 3, 6, 6, 'kasubag_pphti', 1, 0, '2026-11-13 15:51:00', '2026-11-16 10:24:00', 4, 'diteruskan', NULL, NULL, NULL, 213, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (37, 3, 7, 7, 'kasubag_pphti', 1, 0, '2026-11-16 10:24:00', '2026-11-16 10:43:00', 4, 'diteruskan', NULL, NULL, NULL, 19, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (38, 3, 8, 8, 'kabag_p2', 1, 0, '2026-11-16 10:43:00', '2026-11-16 11:03:00', 3, 'diteruskan', NULL, NULL, NULL, 20, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (39, 3, 9, 9, 'kadiv', 1, 0, '2026-11-16 11:03:00', '2026-11-16 11:09:00', 2, 'dikembalikan', 'Hal nota dinas agar lebih spesifik.', NULL, NULL, 6, 5);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (40, 3, 10, 6, 'kasubag_pphti', 2, 0, '2026-11-16 11:09:00', '2026-11-16 11:29:00', 4, 'diteruskan', NULL, NULL, NULL, 20, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (41, 3, 11, 7, 'kasubag_pphti', 2, 0, '2026-11-16 11:29:00', '2026-11-16 11:39:00', 4, 'diteruskan', NULL, NULL, NULL, 10, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (42, 3, 12, 8, 'kabag_p2', 2, 0, '2026-11-16 11:39:00', '2026-11-16 11:44:00', 3, 'diteruskan', NULL, NULL, NULL, 5, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (43, 3, 13, 9, 'kadiv', 2, 0, '2026-11-16 11:44:00', '2026-11-18 10:39:00', 2, 'diteruskan', NULL, NULL, NULL, 835, 5);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (44, 3, 14, 9, 'kakanwil', 2, 1, '2026-11-18 10:39:00', '2026-11-18 11:21:00', 1, 'diteruskan', NULL, NULL, NULL, 42, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (45, 3, 15, 10, 'divisi_terkait', 1, 0, '2026-11-18 11:21:00', '2026-11-18 11:36:00', 5, 'diteruskan', NULL, NULL, NULL, 15, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (46, 3, 16, 11, 'kakanwil', 1, 0, '2026-11-18 11:36:00', '2026-11-18 11:46:00', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 10, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (47, 3, 17, 12, 'kadiv', 1, 0, '2026-11-18 11:46:00', '2026-11-20 11:21:00', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 875, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (48, 3, 18, 13, 'kabag_p2', 1, 0, '2026-11-20 11:21:00', '2026-11-20 13:29:00', 3, 'diteruskan', 'Sampaikan jawaban dan tutup pengaduan.', NULL, NULL, 38, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (49, 3, 19, 14, 'kasubag_pphti', 1, 0, '2026-11-20 13:29:00', '2026-11-20 13:59:00', 4, 'selesai', NULL, NULL, NULL, 30, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (50, 4, 1, 1, 'pelapor', 1, 0, '2026-11-13 07:30:00', '2026-11-13 08:42:00', 4, 'diteruskan', NULL, NULL, NULL, 72, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (51, 4, 2, 2, 'kakanwil', 1, 0, '2026-11-13 08:42:00', '2026-11-13 08:49:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 7, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (52, 4, 3, 3, 'kadiv', 1, 0, '2026-11-13 08:49:00', '2026-11-13 09:00:00', 2, 'diteruskan', 'Proses lebih lanjut, koordinasikan dengan divisi terkait.', NULL, NULL, 11, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (53, 4, 4, 4, 'kabag_p2', 1, 0, '2026-11-13 09:00:00', '2026-11-13 09:12:00', 3, 'diteruskan', 'Teliti kelengkapan laporan dan buat telaahan.', NULL, NULL, 12, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (54, 4, 5, 5, 'kasubag_pphti', 1, 0, '2026-11-13 09:12:00', '2026-11-13 10:05:00', 4, 'diteruskan', NULL, NULL, NULL, 53, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (55, 4, 6, 6, 'kasubag_pphti', 1, 0, '2026-11-13 10:05:00', '2026-11-13 10:15:00', 4, 'diteruskan', NULL, NULL, NULL, 10, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (56, 4, 7, 7, 'kasubag_pphti', 1, 0, '2026-11-13 10:15:00', '2026-11-13 10:41:00', 4, 'diteruskan', NULL, NULL, NULL, 26, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (57, 4, 8, 8, 'kabag_p2', 1, 0, '2026-11-13 10:41:00', '2026-11-13 11:23:00', 3, 'diteruskan', NULL, NULL, NULL, 42, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (58, 4, 9, 9, 'kadiv', 1, 0, '2026-11-13 11:23:00', '2026-11-13 11:26:00', 2, 'diteruskan', NULL, NULL, NULL, 3, 5);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (59, 4, 10, 9, 'kakanwil', 1, 1, '2026-11-13 11:26:00', '2026-11-16 13:14:00', 1, 'diteruskan', NULL, NULL, NULL, 498, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (60, 4, 11, 10, 'divisi_terkait', 1, 0, '2026-11-16 13:14:00', '2026-11-16 13:38:00', 5, 'diteruskan', NULL, NULL, NULL, 24, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (61, 4, 12, 11, 'kakanwil', 1, 0, '2026-11-16 13:38:00', '2026-11-16 13:46:00', 1, 'diteruskan', 'Sampaikan jawaban kepada pelapor.', NULL, NULL, 8, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (62, 4, 13, 12, 'kadiv', 1, 0, '2026-11-16 13:46:00', '2026-11-16 13:54:00', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 8, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (63, 4, 14, 13, 'kabag_p2', 1, 0, '2026-11-16 13:54:00', '2026-11-18 10:20:00', 3, 'diteruskan', 'Kirim jawaban melalui surat dan laman.', NULL, NULL, 746, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (64, 4, 15, 14, 'kasubag_pphti', 1, 0, '2026-11-18 10:20:00', '2026-11-18 14:43:00', 4, 'selesai', NULL, NULL, NULL, 203, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (65, 5, 1, 1, 'pelapor', 1, 0, '2026-11-20 07:30:00', '2026-11-20 07:43:00', 4, 'diteruskan', NULL, 'Pengaduan disampaikan secara lisan/elektronik; dicatat pada formulir.', NULL, 13, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (66, 5, 2, 2, 'kakanwil', 1, 0, '2026-11-20 07:43:00', '2026-11-20 14:53:00', 1, 'diteruskan', 'Tindak lanjuti dan konfirmasi kebenaran pengaduan.', NULL, NULL, 340, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (67, 5, 3, 3, 'kadiv', 1, 0, '2026-11-20 14:53:00', '2026-11-20 15:09:00', 2, 'diteruskan', 'Proses sesuai SOP, laporkan hasilnya.', NULL, NULL, 16, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (68, 5, 4, 4, 'kabag_p2', 1, 0, '2026-11-20 15:09:00', '2026-11-20 15:23:00', 3, 'diteruskan', 'Teliti kelengkapan laporan dan buat telaahan.', NULL, NULL, 14, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (69, 5, 5, 5, 'kasubag_pphti', 1, 0, '2026-11-20 15:23:00', '2026-11-20 15:50:00', 4, 'diteruskan', NULL, NULL, NULL, 27, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (70, 5, 6, 6, 'kasubag_pphti', 1, 0, '2026-11-20 15:50:00', '2026-11-23 13:22:00', 4, 'diteruskan', NULL, NULL, NULL, 332, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (71, 5, 7, 7, 'kasubag_pphti', 1, 0, '2026-11-23 13:22:00', '2026-11-23 13:45:00', 4, 'diteruskan', NULL, NULL, NULL, 23, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (72, 5, 8, 8, 'kabag_p2', 1, 0, '2026-11-23 13:45:00', '2026-11-23 14:05:00', 3, 'diteruskan', NULL, NULL, NULL, 20, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (73, 5, 9, 9, 'kadiv', 1, 0, '2026-11-23 14:05:00', '2026-11-23 14:10:00', 2, 'diteruskan', NULL, NULL, NULL, 5, 5);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (74, 5, 10, 9, 'kakanwil', 1, 1, '2026-11-23 14:10:00', '2026-11-23 14:15:00', 1, 'diteruskan', NULL, NULL, NULL, 5, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (75, 5, 11, 10, 'divisi_terkait', 1, 0, '2026-11-23 14:15:00', '2026-11-23 14:37:00', 5, 'diteruskan', NULL, NULL, NULL, 22, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (76, 5, 12, 11, 'kakanwil', 1, 0, '2026-11-23 14:37:00', '2026-11-23 15:55:00', 1, 'diteruskan', 'Jawaban agar segera disampaikan.', NULL, NULL, 78, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (77, 5, 13, 12, 'kadiv', 1, 0, '2026-11-23 15:55:00', '2026-11-24 07:32:00', 2, 'diteruskan', 'Teruskan jawaban kepada pelapor.', NULL, NULL, 7, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (78, 5, 14, 13, 'kabag_p2', 1, 0, '2026-11-24 07:32:00', '2026-11-24 07:45:00', 3, 'diteruskan', 'Sampaikan jawaban dan tutup pengaduan.', NULL, NULL, 13, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (79, 5, 15, 14, 'kasubag_pphti', 1, 0, '2026-11-24 07:45:00', '2026-11-24 08:24:00', 4, 'selesai', NULL, NULL, NULL, 39, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (80, 6, 1, 1, 'pelapor', 1, 0, '2026-11-23 07:30:00', '2026-11-24 07:35:00', 4, 'diteruskan', NULL, 'Pengaduan disampaikan secara lisan/elektronik; dicatat pada formulir.', NULL, 455, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (81, 6, 2, 2, 'kakanwil', 1, 0, '2026-11-24 07:35:00', '2026-11-24 10:55:00', 1, 'diteruskan', 'Segera tindak lanjuti, laporkan hasilnya kepada saya.', NULL, NULL, 200, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (82, 6, 3, 3, 'kadiv', 1, 0, '2026-11-24 10:55:00', '2026-11-24 11:22:00', 2, 'diteruskan', 'Proses lebih lanjut, koordinasikan dengan divisi terkait.', NULL, NULL, 27, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (83, 6, 4, 4, 'kabag_p2', 1, 0, '2026-11-24 11:22:00', '2026-11-24 11:35:00', 3, 'diteruskan', 'Siapkan telaahan dan konsep nota dinas ke divisi terkait.', NULL, NULL, 13, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (84, 6, 5, 5, 'kasubag_pphti', 1, 0, '2026-11-24 11:35:00', '2026-11-24 13:25:00', 4, 'diteruskan', NULL, NULL, NULL, 50, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (85, 6, 6, 6, 'kasubag_pphti', 1, 0, '2026-11-24 13:25:00', '2026-11-26 10:54:00', 4, 'diteruskan', NULL, NULL, NULL, 809, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (86, 6, 7, 7, 'kasubag_pphti', 1, 0, '2026-11-26 10:54:00', '2026-11-26 11:02:00', 4, 'diteruskan', NULL, NULL, NULL, 8, 25);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (87, 6, 8, 8, 'kabag_p2', 1, 0, '2026-11-26 11:02:00', '2026-11-26 11:17:00', 3, 'diteruskan', NULL, NULL, NULL, 15, 20);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (88, 6, 9, 9, 'kadiv', 1, 0, '2026-11-26 11:17:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (89, 7, 1, 1, 'pelapor', 1, 0, '2026-11-24 07:30:00', '2026-11-25 08:44:00', 4, 'diteruskan', NULL, NULL, NULL, 524, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (90, 7, 2, 2, 'kakanwil', 1, 0, '2026-11-25 08:44:00', '2026-11-25 08:52:00', 1, 'diteruskan', 'Segera tindak lanjuti, laporkan hasilnya kepada saya.', NULL, NULL, 8, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (91, 7, 3, 3, 'kadiv', 1, 0, '2026-11-25 08:52:00', '2026-11-25 08:57:00', 2, 'diteruskan', 'Telaah dan siapkan nota dinas.', NULL, NULL, 5, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (92, 7, 4, 4, 'kabag_p2', 1, 0, '2026-11-25 08:57:00', '2026-11-25 09:07:00', 3, 'diteruskan', 'Telaah dan siapkan konsep nota dinas.', NULL, NULL, 10, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (93, 7, 5, 5, 'kasubag_pphti', 1, 0, '2026-11-25 09:07:00', '2026-11-25 09:37:00', 4, 'ditunda', 'Identitas pelapor belum lengkap; diminta fotokopi KTP.', NULL, NULL, 30, 60);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (94, 8, 1, 1, 'pelapor', 1, 0, '2026-11-26 07:30:00', '2026-11-26 08:13:00', 4, 'diteruskan', NULL, NULL, NULL, 43, 30);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (95, 8, 2, 2, 'kakanwil', 1, 0, '2026-11-26 08:13:00', '2026-11-26 10:24:00', 1, 'diteruskan', 'Konfirmasikan kepada unit terkait dan proses sesuai SOP.', NULL, NULL, 131, 10);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (96, 8, 3, 3, 'kadiv', 1, 0, '2026-11-26 10:24:00', '2026-11-26 10:57:00', 2, 'diteruskan', 'Proses lebih lanjut, koordinasikan dengan divisi terkait.', NULL, NULL, 33, 15);
INSERT INTO public.step_record (id, complaint_id, seq, step_no, lane, pass_no, part, started_at, ended_at, actor_id, outcome, note, kelengkapan_waiver, override_reason, working_minutes, standard_minutes) VALUES (97, 8, 4, 4, 'kabag_p2', 1, 0, '2026-11-26 10:57:00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 15);


--
-- Data for Name: step_tally; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (1, '2026-10', 1, 4, 520, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (2, '2026-10', 2, 1, 7, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (3, '2026-10', 3, 2, 15, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (4, '2026-10', 4, 3, 7, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (5, '2026-10', 5, 4, 917, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (6, '2026-10', 6, 4, 336, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (7, '2026-10', 7, 4, 19, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (8, '2026-10', 8, 3, 27, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (9, '2026-10', 9, 1, 205, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (10, '2026-10', 9, 2, 249, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (11, '2026-10', 10, 5, 740, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (12, '2026-10', 11, 1, 17, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (13, '2026-10', 12, 2, 9, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (14, '2026-10', 13, 3, 36, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (15, '2026-10', 14, 4, 20, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (16, '2026-11', 1, 4, 13, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (17, '2026-11', 1, 4, 19, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (18, '2026-11', 1, 4, 43, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (19, '2026-11', 1, 4, 72, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (20, '2026-11', 1, 4, 345, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (21, '2026-11', 1, 4, 455, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (22, '2026-11', 1, 4, 524, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (23, '2026-11', 2, 1, 4, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (24, '2026-11', 2, 1, 6, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (25, '2026-11', 2, 1, 7, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (26, '2026-11', 2, 1, 8, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (27, '2026-11', 2, 1, 131, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (28, '2026-11', 2, 1, 200, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (29, '2026-11', 2, 1, 340, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (30, '2026-11', 3, 2, 5, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (31, '2026-11', 3, 2, 11, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (32, '2026-11', 3, 2, 13, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (33, '2026-11', 3, 2, 16, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (34, '2026-11', 3, 2, 27, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (35, '2026-11', 3, 2, 33, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (36, '2026-11', 3, 2, 841, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (37, '2026-11', 4, 3, 10, 2, 2, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (38, '2026-11', 4, 3, 12, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (39, '2026-11', 4, 3, 13, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (40, '2026-11', 4, 3, 14, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (41, '2026-11', 4, 3, 637, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (42, '2026-11', 5, 4, 27, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (43, '2026-11', 5, 4, 39, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (44, '2026-11', 5, 4, 50, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (45, '2026-11', 5, 4, 53, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (46, '2026-11', 5, 4, 65, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (47, '2026-11', 6, 4, 10, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (48, '2026-11', 6, 4, 20, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (49, '2026-11', 6, 4, 167, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (50, '2026-11', 6, 4, 213, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (51, '2026-11', 6, 4, 332, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (52, '2026-11', 6, 4, 809, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (53, '2026-11', 7, 4, 8, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (54, '2026-11', 7, 4, 10, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (55, '2026-11', 7, 4, 19, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (56, '2026-11', 7, 4, 23, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (57, '2026-11', 7, 4, 26, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (58, '2026-11', 7, 4, 43, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (59, '2026-11', 8, 3, 5, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (60, '2026-11', 8, 3, 15, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (61, '2026-11', 8, 3, 20, 2, 2, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (62, '2026-11', 8, 3, 30, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (63, '2026-11', 8, 3, 42, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (64, '2026-11', 9, 1, 5, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (65, '2026-11', 9, 1, 10, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (66, '2026-11', 9, 1, 42, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (67, '2026-11', 9, 1, 498, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (68, '2026-11', 9, 2, 3, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (69, '2026-11', 9, 2, 5, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (70, '2026-11', 9, 2, 6, 2, 0, 1);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (71, '2026-11', 9, 2, 835, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (72, '2026-11', 10, 5, 15, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (73, '2026-11', 10, 5, 21, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (74, '2026-11', 10, 5, 22, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (75, '2026-11', 10, 5, 24, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (76, '2026-11', 11, 1, 8, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (77, '2026-11', 11, 1, 10, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (78, '2026-11', 11, 1, 78, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (79, '2026-11', 11, 1, 492, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (80, '2026-11', 12, 2, 7, 2, 2, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (81, '2026-11', 12, 2, 8, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (82, '2026-11', 12, 2, 875, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (83, '2026-11', 13, 3, 13, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (84, '2026-11', 13, 3, 38, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (85, '2026-11', 13, 3, 746, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (86, '2026-11', 13, 3, 830, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (87, '2026-11', 14, 4, 19, 1, 1, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (88, '2026-11', 14, 4, 30, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (89, '2026-11', 14, 4, 39, 1, 0, 0);
INSERT INTO public.step_tally (id, month, step_no, actor_id, minutes, passes, within, returned) VALUES (90, '2026-11', 14, 4, 203, 1, 0, 0);


--
-- Data for Name: user; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (1, 'kakanwil', 'Dr. Harun Sulianto, S.H., M.H.', '199110291991021407', 'Kepala Kantor Wilayah', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (2, 'kadiv', 'Sri Wahyuni, S.H.', '196806132013111541', 'Kepala Divisi Administrasi', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (3, 'kabag_p2', 'Agus Firmansyah, S.Sos.', '197601261991101401', 'Kepala Bagian Program dan Pelaporan', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (4, 'kasubag_pphti', 'Rina Marlina, S.Kom.', '198409011994031091', 'Kepala Subbagian Pelaporan, Humas dan TI', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (5, 'divisi_terkait', 'Yusuf Hidayat, A.Md.IP., S.H.', '199001272008081598', 'Kepala Divisi Pemasyarakatan', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', false, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);
INSERT INTO public."user" (id, username, full_name, nip, jabatan, password_hash, is_admin, active, failed_logins, locked_until, last_login, created_at, row_version) VALUES (6, 'admin', 'Administrator Sistem', '198705012005101973', 'Pranata Komputer', '$argon2id$v=19$m=65536,t=3,p=4$c2NoZW1hLXNuYXBzaG90cw$w9kzyIkpG5jhZltOQ7k6roMJSKEciPr8zEdQibBwObg', true, true, 0, NULL, NULL, '2026-11-27 10:00:00', 1);


--
-- Data for Name: user_lane; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_lane (id, user_id, lane) VALUES (1, 1, 'kakanwil');
INSERT INTO public.user_lane (id, user_id, lane) VALUES (2, 2, 'kadiv');
INSERT INTO public.user_lane (id, user_id, lane) VALUES (3, 3, 'kabag_p2');
INSERT INTO public.user_lane (id, user_id, lane) VALUES (4, 4, 'kasubag_pphti');
INSERT INTO public.user_lane (id, user_id, lane) VALUES (5, 5, 'divisi_terkait');


--
-- Name: attachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attachment_id_seq', 20, true);


--
-- Name: audit_entry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_entry_id_seq', 21, true);


--
-- Name: audit_head_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_head_id_seq', 1, true);


--
-- Name: calendar_day_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.calendar_day_id_seq', 53, true);


--
-- Name: complaint_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.complaint_id_seq', 8, true);


--
-- Name: counter_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.counter_id_seq', 2, true);


--
-- Name: document_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.document_id_seq', 8, true);


--
-- Name: hold_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.hold_id_seq', 1, true);


--
-- Name: paraf_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.paraf_id_seq', 19, true);


--
-- Name: pelapor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.pelapor_id_seq', 8, true);


--
-- Name: schema_info_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.schema_info_id_seq', 1, true);


--
-- Name: sop_version_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sop_version_id_seq', 1, true);


--
-- Name: step_output_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.step_output_id_seq', 66, true);


--
-- Name: step_record_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.step_record_id_seq', 97, true);


--
-- Name: step_tally_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.step_tally_id_seq', 90, true);


--
-- Name: user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.user_id_seq', 6, true);


--
-- Name: user_lane_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.user_lane_id_seq', 5, true);


--
-- Name: attachment attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment
    ADD CONSTRAINT attachment_pkey PRIMARY KEY (id);


--
-- Name: audit_entry audit_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entry
    ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (id);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY (id);


--
-- Name: blob blob_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.blob
    ADD CONSTRAINT blob_pkey PRIMARY KEY (sha256);


--
-- Name: calendar_day calendar_day_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_day
    ADD CONSTRAINT calendar_day_pkey PRIMARY KEY (id);


--
-- Name: calendar_year calendar_year_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_year
    ADD CONSTRAINT calendar_year_pkey PRIMARY KEY (year);


--
-- Name: complaint complaint_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint
    ADD CONSTRAINT complaint_pkey PRIMARY KEY (id);


--
-- Name: counter counter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.counter
    ADD CONSTRAINT counter_pkey PRIMARY KEY (id);


--
-- Name: document document_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_pkey PRIMARY KEY (id);


--
-- Name: hold hold_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold
    ADD CONSTRAINT hold_pkey PRIMARY KEY (id);


--
-- Name: paraf paraf_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.paraf
    ADD CONSTRAINT paraf_pkey PRIMARY KEY (id);


--
-- Name: pelapor pelapor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pelapor
    ADD CONSTRAINT pelapor_pkey PRIMARY KEY (id);


--
-- Name: schema_info schema_info_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_info
    ADD CONSTRAINT schema_info_pkey PRIMARY KEY (id);


--
-- Name: search_doc search_doc_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_doc
    ADD CONSTRAINT search_doc_pkey PRIMARY KEY (id);


--
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (key);


--
-- Name: sop_version sop_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sop_version
    ADD CONSTRAINT sop_version_pkey PRIMARY KEY (id);


--
-- Name: step_output step_output_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_output
    ADD CONSTRAINT step_output_pkey PRIMARY KEY (id);


--
-- Name: step_record step_record_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_record
    ADD CONSTRAINT step_record_pkey PRIMARY KEY (id);


--
-- Name: step_tally step_tally_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_tally
    ADD CONSTRAINT step_tally_pkey PRIMARY KEY (id);


--
-- Name: user_lane user_lane_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_lane
    ADD CONSTRAINT user_lane_pkey PRIMARY KEY (id);


--
-- Name: user user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT user_pkey PRIMARY KEY (id);


--
-- Name: attachment_blob_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachment_blob_id ON public.attachment USING btree (blob_id);


--
-- Name: attachment_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachment_complaint_id ON public.attachment USING btree (complaint_id);


--
-- Name: attachment_created_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachment_created_by_id ON public.attachment USING btree (created_by_id);


--
-- Name: audit_entry_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entry_complaint_id ON public.audit_entry USING btree (complaint_id);


--
-- Name: audit_entry_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX audit_entry_seq ON public.audit_entry USING btree (seq);


--
-- Name: calendar_day_day_origin; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX calendar_day_day_origin ON public.calendar_day USING btree (day, origin);


--
-- Name: complaint_created_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_created_by_id ON public.complaint USING btree (created_by_id);


--
-- Name: complaint_current_lane; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_current_lane ON public.complaint USING btree (current_lane);


--
-- Name: complaint_current_lane_due_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_current_lane_due_at ON public.complaint USING btree (current_lane, due_at);


--
-- Name: complaint_current_lane_step_due_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_current_lane_step_due_at ON public.complaint USING btree (current_lane, step_due_at);


--
-- Name: complaint_pelapor_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_pelapor_id ON public.complaint USING btree (pelapor_id);


--
-- Name: complaint_received_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_received_at ON public.complaint USING btree (received_at);


--
-- Name: complaint_received_at_status_current_lane_channel_tier_s_a1c0d9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_received_at_status_current_lane_channel_tier_s_a1c0d9 ON public.complaint USING btree (received_at, status, current_lane, channel, tier, subject_kind, subject_name, due_at, closed_at);


--
-- Name: complaint_register_no; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX complaint_register_no ON public.complaint USING btree (register_no);


--
-- Name: complaint_sop_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_sop_version_id ON public.complaint USING btree (sop_version_id);


--
-- Name: complaint_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_status ON public.complaint USING btree (status);


--
-- Name: complaint_status_step_due_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX complaint_status_step_due_at ON public.complaint USING btree (status, step_due_at);


--
-- Name: counter_name_year; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX counter_name_year ON public.counter USING btree (name, year);


--
-- Name: document_blob_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_blob_id ON public.document USING btree (blob_id);


--
-- Name: document_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_complaint_id ON public.document USING btree (complaint_id);


--
-- Name: document_complaint_id_doc_type_version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX document_complaint_id_doc_type_version ON public.document USING btree (complaint_id, doc_type, version);


--
-- Name: document_created_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_created_by_id ON public.document USING btree (created_by_id);


--
-- Name: document_output_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_output_id ON public.document USING btree (output_id);


--
-- Name: document_signed_attachment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_signed_attachment_id ON public.document USING btree (signed_attachment_id);


--
-- Name: hold_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hold_complaint_id ON public.hold USING btree (complaint_id);


--
-- Name: hold_ended_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hold_ended_by_id ON public.hold USING btree (ended_by_id);


--
-- Name: hold_started_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX hold_started_by_id ON public.hold USING btree (started_by_id);


--
-- Name: paraf_actor_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX paraf_actor_id ON public.paraf USING btree (actor_id);


--
-- Name: paraf_document_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX paraf_document_id ON public.paraf USING btree (document_id);


--
-- Name: paraf_document_id_lane; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX paraf_document_id_lane ON public.paraf USING btree (document_id, lane);


--
-- Name: search_doc_body; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_doc_body ON public.search_doc USING gin (body public.gin_trgm_ops);


--
-- Name: search_doc_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_doc_complaint_id ON public.search_doc USING btree (complaint_id);


--
-- Name: sop_version_version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sop_version_version ON public.sop_version USING btree (version);


--
-- Name: step_output_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_output_complaint_id ON public.step_output USING btree (complaint_id);


--
-- Name: step_output_complaint_id_kind_version; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX step_output_complaint_id_kind_version ON public.step_output USING btree (complaint_id, kind, version);


--
-- Name: step_output_created_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_output_created_by_id ON public.step_output USING btree (created_by_id);


--
-- Name: step_record_actor_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_record_actor_id ON public.step_record USING btree (actor_id);


--
-- Name: step_record_complaint_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_record_complaint_id ON public.step_record USING btree (complaint_id);


--
-- Name: step_record_complaint_id_seq; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX step_record_complaint_id_seq ON public.step_record USING btree (complaint_id, seq);


--
-- Name: step_record_returned; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_record_returned ON public.step_record USING btree (complaint_id) WHERE ((outcome)::text = 'dikembalikan'::text);


--
-- Name: step_record_step_no_ended_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX step_record_step_no_ended_at ON public.step_record USING btree (step_no, ended_at);


--
-- Name: step_tally_month_step_no_actor_id_minutes; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX step_tally_month_step_no_actor_id_minutes ON public.step_tally USING btree (month, step_no, actor_id, minutes);


--
-- Name: user_lane_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_lane_user_id ON public.user_lane USING btree (user_id);


--
-- Name: user_lane_user_id_lane; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_lane_user_id_lane ON public.user_lane USING btree (user_id, lane);


--
-- Name: user_username; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_username ON public."user" USING btree (username);


--
-- Name: attachment attachment_blob_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment
    ADD CONSTRAINT attachment_blob_id_fkey FOREIGN KEY (blob_id) REFERENCES public.blob(sha256);


--
-- Name: attachment attachment_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment
    ADD CONSTRAINT attachment_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: attachment attachment_created_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachment
    ADD CONSTRAINT attachment_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES public."user"(id);


--
-- Name: complaint complaint_created_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint
    ADD CONSTRAINT complaint_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES public."user"(id);


--
-- Name: complaint complaint_pelapor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint
    ADD CONSTRAINT complaint_pelapor_id_fkey FOREIGN KEY (pelapor_id) REFERENCES public.pelapor(id);


--
-- Name: complaint complaint_sop_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.complaint
    ADD CONSTRAINT complaint_sop_version_id_fkey FOREIGN KEY (sop_version_id) REFERENCES public.sop_version(id);


--
-- Name: document document_blob_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_blob_id_fkey FOREIGN KEY (blob_id) REFERENCES public.blob(sha256);


--
-- Name: document document_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: document document_created_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES public."user"(id);


--
-- Name: document document_output_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_output_id_fkey FOREIGN KEY (output_id) REFERENCES public.step_output(id);


--
-- Name: document document_signed_attachment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_signed_attachment_id_fkey FOREIGN KEY (signed_attachment_id) REFERENCES public.attachment(id);


--
-- Name: hold hold_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold
    ADD CONSTRAINT hold_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: hold hold_ended_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold
    ADD CONSTRAINT hold_ended_by_id_fkey FOREIGN KEY (ended_by_id) REFERENCES public."user"(id);


--
-- Name: hold hold_started_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hold
    ADD CONSTRAINT hold_started_by_id_fkey FOREIGN KEY (started_by_id) REFERENCES public."user"(id);


--
-- Name: paraf paraf_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.paraf
    ADD CONSTRAINT paraf_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public."user"(id);


--
-- Name: paraf paraf_document_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.paraf
    ADD CONSTRAINT paraf_document_id_fkey FOREIGN KEY (document_id) REFERENCES public.document(id) ON DELETE CASCADE;


--
-- Name: search_doc search_doc_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_doc
    ADD CONSTRAINT search_doc_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: step_output step_output_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_output
    ADD CONSTRAINT step_output_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: step_output step_output_created_by_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_output
    ADD CONSTRAINT step_output_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES public."user"(id);


--
-- Name: step_record step_record_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_record
    ADD CONSTRAINT step_record_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public."user"(id);


--
-- Name: step_record step_record_complaint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.step_record
    ADD CONSTRAINT step_record_complaint_id_fkey FOREIGN KEY (complaint_id) REFERENCES public.complaint(id) ON DELETE CASCADE;


--
-- Name: user_lane user_lane_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_lane
    ADD CONSTRAINT user_lane_user_id_fkey FOREIGN KEY (user_id) REFERENCES public."user"(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


