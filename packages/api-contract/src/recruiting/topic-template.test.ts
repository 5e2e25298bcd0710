import { describe, expect, it } from 'vitest';
import { checkTopicTemplate, renderTopicTemplate } from './topic-template.ts';

describe('meeting topic templates', () => {
  it('accepts the known variables and renders them', () => {
    const template = '{organization}: {stage} for {job} with {candidate}';
    expect(checkTopicTemplate(template)).toBeUndefined();
    expect(
      renderTopicTemplate(template, {
        organization: 'Demo Company',
        stage: '面接',
        job: 'Backend Engineer',
        candidate: '山田 太郎',
      }),
    ).toBe('Demo Company: 面接 for Backend Engineer with 山田 太郎');
  });

  it('refuses an unknown variable and names it', () => {
    expect(checkTopicTemplate('Interview with {candidat}')).toEqual({
      kind: 'unknown_variable',
      variable: '{candidat}',
    });
  });

  it('refuses a template that leaves no room for the names within Zoom’s 200 characters', () => {
    expect(checkTopicTemplate('x'.repeat(200))).toBeUndefined();
    expect(checkTopicTemplate('x'.repeat(201))).toMatchObject({ kind: 'too_long', maxLength: 200 });
    // 150 characters of text plus a job title counted at 60 characters.
    expect(checkTopicTemplate(`${'x'.repeat(150)} {job}`)).toMatchObject({ kind: 'too_long', length: 211 });
  });

  it('refuses an empty template', () => {
    expect(checkTopicTemplate('  ')).toEqual({ kind: 'empty' });
  });

  it('cuts a rendered topic to 200 characters with an ellipsis, without splitting a character', () => {
    const topic = renderTopicTemplate('{candidate}', {
      candidate: '😀'.repeat(250),
      job: '',
      stage: '',
      organization: '',
    });
    expect([...topic]).toHaveLength(200);
    expect(topic).toBe(`${'😀'.repeat(199)}…`);
  });
});
